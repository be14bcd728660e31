"""Form specs and their PDFs: loader, field types, readiness check, ReportLab layout, packets.

No Qt. The specs themselves are data in the top-level ``forms/`` folder; ``loader.load_all()`` and
``loader.get(form_id)`` are the entry points, ``render.render()`` turns a spec and a FormContext
into PDF bytes, ``readiness.check()`` says whether a form is ready to submit.
"""
