# kg: the HTTP service and CLI. Build: docker build -t kg .
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY . /app
RUN pip install .
# kg finds ontology/ and queries/ beside its package: import it from this checkout, not site-packages
ENV PYTHONPATH=/app KG_HOST=0.0.0.0 KG_PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=6 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"]
CMD ["kg", "serve"]
