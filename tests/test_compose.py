"""docker-compose.yml and the Dockerfile checked against the CLI they call (Docker does not run in CI)."""
from __future__ import annotations

import shlex
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from tests.conftest import ROOT, run_kg

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]


def _kg_calls() -> list[tuple[str, list[str]]]:
    """(service, argv after `kg`) for every kg command line in the compose file."""
    calls = []
    for name, svc in SERVICES.items():
        cmd = svc.get("command")
        if not cmd:
            continue
        text = cmd[-1] if cmd[0] == "sh" else shlex.join(cmd)
        lexer = shlex.shlex(text, posix=True, punctuation_chars=";&|")
        lexer.whitespace_split = True
        words: list[str] = []
        for token in [*lexer, ";"]:
            if token in (";", "&&", "||", "do", "done", "then"):
                if words and words[0] == "kg":
                    calls.append((name, words[1:]))
                words = []
            else:
                words.append(token)
    return calls


CALLS = _kg_calls()


def test_compose_topology():
    assert SERVICES["oxigraph"]["image"].startswith("ghcr.io/oxigraph/oxigraph")
    assert any(v.endswith(":/data") for v in SERVICES["oxigraph"]["volumes"])
    assert "--union-default-graph" in SERVICES["oxigraph"]["command"]
    assert {name for name, _ in CALLS} == {"build", "kg"}
    assert [args[0] for _, args in CALLS] == ["build", "serve"]


@pytest.mark.parametrize("service,args", CALLS, ids=[f"{s}-{a[0]}" for s, a in CALLS])
def test_compose_commands_exist_in_cli_help(service, args):
    assert args[0] in run_kg("--help").stdout
    help_text = run_kg(args[0], "--help").stdout
    for option in (a for a in args[1:] if a.startswith("--")):
        assert option in help_text, f"{service}: `kg {args[0]}` has no option {option}"


@pytest.mark.parametrize("service,args", CALLS, ids=[f"{s}-{a[0]}" for s, a in CALLS])
def test_compose_urls_point_at_the_oxigraph_service(service, args):
    url = urlparse(args[args.index("--store") + 1])
    bind = SERVICES["oxigraph"]["command"][SERVICES["oxigraph"]["command"].index("--bind") + 1]
    assert url.hostname == "oxigraph" and str(url.port) == bind.rsplit(":", 1)[1]
    assert url.path == "/query"
    update = urlparse(SERVICES[service]["environment"]["KG_UPDATE_URL"])
    assert (update.hostname, update.port, update.path) == (url.hostname, url.port, "/update")


def test_compose_ports_and_health_checks_agree():
    kg = SERVICES["kg"]["command"]
    port = kg[kg.index("--port") + 1]
    assert SERVICES["kg"]["ports"] == [f"{port}:{port}"]
    assert f"127.0.0.1:{port}/health" in " ".join(SERVICES["kg"]["healthcheck"]["test"])
    for name in ("oxigraph", "kg"):
        assert SERVICES[name]["healthcheck"]["test"]


@pytest.mark.parametrize("service,dependency,condition", [
    ("build", "oxigraph", "service_healthy"),
    ("kg", "oxigraph", "service_healthy"),
    ("kg", "build", "service_completed_successfully"),
])
def test_compose_depends_on_conditions(service, dependency, condition):
    assert SERVICES[service]["depends_on"][dependency]["condition"] == condition


def test_compose_dockerfile_installs_kg():
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert text.startswith("#") and "FROM python:3.11-slim" in text
    assert "pip install ." in text and '"kg", "serve"' in text
    assert all(svc.get("build") == "." for name, svc in SERVICES.items() if name != "oxigraph")
    assert Path(ROOT / "seeds").is_dir()
