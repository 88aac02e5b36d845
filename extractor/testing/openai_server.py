"""A loopback OpenAI-compatible chat-completions server, scripted per test.

It speaks the real wire protocol over real HTTP on 127.0.0.1, so the openai SDK,
instructor, tenacity and httpx all run exactly as they would against OpenAI,
vLLM, Ollama or llama.cpp:

- ``POST /v1/chat/completions``: answers with a tool call when the request has
  ``tools`` (instructor's tools modes), else with JSON in ``message.content``
  (json / json_schema / md_json modes); ``usage`` on every answer.
- ``GET /v1/models``: a one-model list, for health checks.
- ``/v1/files`` and ``/v1/batches``: OpenAI's Batch API, answered line by line with
  the same scripted queue and responder (``server.batches``, see ``batches.py``).
- Faults: any status with an OpenAI-style error body and optional
  ``Retry-After``; a delay (for timeouts and latency); a dropped connection;
  a body cut off mid-way; raw content (malformed JSON); ``finish_reason``
  ``length`` / ``content_filter``; empty ``choices``.

What to answer comes from a queue of scripted actions (``server.script(...)``),
then from ``responder(request) -> action`` when the queue is empty. Every
request is recorded (``server.requests``) for assertions.

Run it by hand for a demo::

    python -m extractor.testing.openai_server --port 8000 --echo-gold evals/gold --articles seeds
"""

from __future__ import annotations

import argparse
import copy
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .batches import BatchAPI
from .hostile import HOSTILE
from .wire import Action, Fault, RecordedRequest, Reply, Responder, error_body


class _Server(ThreadingHTTPServer):
    # the stdlib default listen backlog is 5: 32 clients connecting at once would see
    # connection resets that no real OpenAI-compatible server produces
    request_queue_size = 256

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return  # the client gave up (a timeout test): expected, not a server fault
        super().handle_error(request, client_address)


class OpenAIServer:
    """The server. Use as a context manager, or ``start()`` / ``stop()``.

    ``latency`` seconds are added to every request (for benchmarks).
    """

    def __init__(
        self,
        responder: Responder | None = None,
        *,
        latency: float = 0.0,
        host: str = "127.0.0.1",
        port: int = 0,
        model: str = "fake-model",
    ) -> None:
        self.responder = responder
        self.latency = latency
        self.model = model
        self.requests: list[RecordedRequest] = []
        self._queue: deque[Action] = deque()
        self._lock = threading.Lock()
        self._counter = 0
        self.batches = BatchAPI(self)
        self._httpd = _Server((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------
    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> OpenAIServer:
        # stop() waits for the next poll: the default 0.5 s adds half a second to every test
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- scripting -------------------------------------------------------
    def script(self, *actions: Action) -> OpenAIServer:
        """Queue actions, answered in order before the responder is asked."""
        with self._lock:
            self._queue.extend(actions)
        return self

    @property
    def completion_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _next_action(self, request: RecordedRequest) -> Action:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                return self._queue.popleft()
        if self.responder is None:
            return Fault.http(500, "no scripted answer left and no responder set")
        return self.responder(request)

    def _next_id(self) -> int:
        with self._lock:
            self._counter += 1
            return self._counter

    # -- wire format -----------------------------------------------------
    def completion_body(self, request: RecordedRequest, reply: Reply) -> dict[str, Any]:
        """The chat.completion JSON for ``reply`` in the shape ``request`` asked for."""
        n = self._next_id()
        usage = {
            "prompt_tokens": reply.prompt_tokens,
            "completion_tokens": reply.completion_tokens,
            "total_tokens": reply.prompt_tokens + reply.completion_tokens,
        }
        base = {
            "id": f"chatcmpl-{n}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.body.get("model") or self.model,
            "usage": usage,
        }
        if reply.empty_choices:
            return {**base, "choices": [], **(reply.patch or {})}
        if reply.raw is not None:
            text = reply.raw
        elif isinstance(reply.record, BaseModel):
            text = reply.record.model_dump_json()
        else:
            text = json.dumps(reply.record if reply.record is not None else {})
        tools = request.body.get("tools")
        if tools:
            name = tools[0].get("function", {}).get("name", "OperationReport")
            message: dict[str, Any] = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": f"call_{n}",
                        "type": "function",
                        "function": {"name": name, "arguments": text},
                    }
                ],
            }
            finish = reply.finish_reason or "tool_calls"
        else:
            message = {"role": "assistant", "content": text}
            finish = reply.finish_reason or "stop"
        return {
            **base,
            "choices": [
                {"index": 0, "message": message, "finish_reason": finish, "logprobs": None}
            ],
            **(reply.patch or {}),
        }

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # headers and body go out in two writes: with Nagle on, the body waits for the
            # client's delayed ACK of the headers, adding ~40 ms to every answer
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return  # quiet

            def _send_json(
                self, status: int, payload: Any, headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_DELETE(self) -> None:  # noqa: N802
                if not server.batches.serve(self, "DELETE"):
                    self._send_json(404, error_body(404, f"no route {self.path}"))

            def do_GET(self) -> None:  # noqa: N802
                if server.batches.serve(self, "GET"):
                    return
                if self.path.rstrip("/").endswith("/models"):
                    self._send_json(
                        200,
                        {
                            "object": "list",
                            "data": [{"id": server.model, "object": "model", "owned_by": "local"}],
                        },
                    )
                else:
                    self._send_json(404, error_body(404, f"no route {self.path}"))

            def do_POST(self) -> None:  # noqa: N802
                if server.batches.serve(self, "POST"):
                    return
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except json.JSONDecodeError:
                    self._send_json(400, error_body(400, "request body is not JSON"))
                    return
                request = RecordedRequest(
                    method="POST",
                    path=self.path,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send_json(404, error_body(404, f"no route {self.path}"))
                    return
                action = server._next_action(request)
                delay = server.latency + getattr(action, "delay", 0.0)
                if delay:
                    time.sleep(delay)
                if isinstance(action, Fault):
                    self._fault(action)
                    return
                self._send_json(200, server.completion_body(request, action))

            def _fault(self, fault: Fault) -> None:
                if fault.kind in HOSTILE:
                    try:
                        HOSTILE[fault.kind](self, fault)
                    except OSError:  # the client gave up: what a hostile answer is for
                        pass
                    self.close_connection = True
                    return
                if fault.kind == "drop":
                    self.close_connection = True
                    self.connection.close()
                    return
                if fault.kind == "truncate":
                    data = json.dumps(
                        {"id": "x", "choices": [{"message": {"content": "x" * 200}}]}
                    ).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.close()
                    return
                headers = (
                    {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
                )
                self._send_json(
                    fault.status,
                    error_body(fault.status, fault.message, fault.error_type),
                    headers,
                )

        return Handler


def gold_responder(
    gold_dir: str | Path,
    articles_dir: str | Path | None = None,
    *,
    transform: Callable[[str, dict[str, Any]], dict[str, Any]] | None = None,
) -> Responder:
    """Answer each request with the gold record of the article it carries.

    With ``articles_dir`` (the folder of ``<id>.txt``), the article is the one whose
    text occurs in the request's user messages (whitespace and typography folded;
    the longest such text wins), which is how a real prompt carries it. Without it,
    the article id must occur in the request. ``transform(article_id, record)``
    returns the record to send instead (e.g. the gold with a planted error).
    Requests for no known article get an empty record.
    """
    from ..grounding import normalise

    golds = {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(Path(gold_dir).glob("*.json"))
    }
    texts: dict[str, str] = {}
    if articles_dir is not None:
        for stem in golds:
            path = Path(articles_dir) / f"{stem}.txt"
            if path.exists():
                texts[stem] = normalise(path.read_text(encoding="utf-8-sig"))

    def find(request: RecordedRequest) -> str | None:
        if texts:
            asked = normalise(request.user_text)
            found = [stem for stem, text in texts.items() if text and text in asked]
            return max(found, key=lambda s: len(texts[s])) if found else None
        return next((stem for stem in golds if stem in request.user_text), None)

    def respond(request: RecordedRequest) -> Action:
        stem = find(request)
        if stem is None:
            return Reply(record={})
        record = copy.deepcopy(golds[stem])
        return Reply(record=transform(stem, record) if transform else record)

    return respond


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument(
        "--echo-gold", metavar="DIR", help="answer each article with its gold record"
    )
    parser.add_argument(
        "--articles",
        metavar="DIR",
        default=None,
        help="with --echo-gold: the articles folder (recognise articles by text)",
    )
    parser.add_argument(
        "--figures",
        action="store_true",
        help="answer synthetic articles (testing/corpus.py) with their figure",
    )
    args = parser.parse_args(argv)
    responder: Responder
    if args.figures:
        from .corpus import figure_responder

        responder = figure_responder
    elif args.echo_gold:
        responder = gold_responder(args.echo_gold, args.articles)
    else:
        responder = lambda r: Reply(record={})  # noqa: E731
    server = OpenAIServer(responder, latency=args.latency, port=args.port).start()
    print(f"serving on {server.base_url} (Ctrl-C to stop)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
