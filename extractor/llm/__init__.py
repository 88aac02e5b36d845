"""The LLM path: an OpenAI-compatible endpoint through instructor.

- ``request.py`` stage 1: the request body (live and Batch API alike), instructor trims
- ``answer.py``  stage 2: an answer vetted, parsed and validated; errors mapped
- ``client.py``  stage 3: openai + instructor; one HTTP call retried, counted and logged
- ``ledger.py``  what one extraction spent (a ContextVar, safe under concurrency)
- ``retry.py``   the tenacity transport policy and the error mapping
- ``transport.py`` the httpx transport under the SDK: size cap and shape check of answers
- ``deadline.py`` a total deadline per HTTP call, on every socket operation
- ``cache.py``   the diskcache record cache (the only diskcache import)
- ``backend.py`` ``LLMBackend``: prompt -> cache or model -> record with provenance

Only this package imports openai, instructor and diskcache; the pipeline
imports ``backend`` lazily, so the offline rules path never loads them.
"""
