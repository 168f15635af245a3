"""A slow OAI-PMH endpoint for the tests of harvests cut at a poll's time budget
(probe s15 K9): the UN Digital Library's ``/oai2d`` answering each page after a delay."""

from __future__ import annotations

import http.server
import threading
import time
from urllib.parse import parse_qs, urlsplit


class SlowLibrary:
    """An OAI-PMH endpoint (the UN Digital Library's ``/oai2d``) answering each page of a
    harvest after ``delay`` seconds: ``pages`` pages chained by resumptionToken, each well
    within the source's timeout, the whole harvest longer than a tick may take."""

    def __init__(self, pages: int) -> None:
        self.pages = pages
        self.delay = 0.0
        self.asked: list[str] = []  # "from" for a fresh harvest, else the token asked
        self.fail_next = 0  # how many of the next requests are answered 503 (a blip)
        library = self

        class Pages(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query)
                token = query.get("resumptionToken", [""])[0]
                library.asked.append(token or "from")
                if library.fail_next > 0:
                    library.fail_next -= 1
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    return
                time.sleep(library.delay)
                page = int(token.removeprefix("p")) if token else 1
                body = library.page(page)
                self.send_response(200)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                return None

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/oai2d"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def page(self, number: int) -> bytes:
        more = f"<resumptionToken>p{number + 1}</resumptionToken>" if number < self.pages else ""
        record = (
            f"<record><header><identifier>oai:digitallibrary.un.org:{4100000 + number}"
            "</identifier><datestamp>2023-09-21T07:00:00Z</datestamp></header><metadata>"
            '<record xmlns="http://www.loc.gov/MARC21/slim">'
            f'<controlfield tag="001">{4100000 + number}</controlfield>'
            '<datafield tag="245" ind1=" " ind2=" "><subfield code="a">Fisheries : '
            f"resolution {number}</subfield></datafield></record></metadata></record>"
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
            "<responseDate>2023-09-21T08:00:00Z</responseDate>"
            f'<request verb="ListRecords">{self.url}</request>'
            f"<ListRecords>{record}{more}</ListRecords></OAI-PMH>"
        ).encode()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
