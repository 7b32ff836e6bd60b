"""Settings: one table, read from KG_* variables, every setting documented in the README."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import SettingsError
from kg.settings import Settings, settings_table


def test_settings_env_overrides_default():
    s = Settings.from_env({"KG_PORT": "9001", "KG_MODEL": "en_core_web_sm"})
    assert (s.port, s.model) == (9001, "en_core_web_sm")


def test_settings_explicit_beats_env():
    assert Settings.from_env({"KG_PORT": "9001"}, port=7000).port == 7000


def test_settings_bad_value_names_the_variable():
    with pytest.raises(SettingsError, match="KG_PORT"):
        Settings.from_env({"KG_PORT": "eighty"})


def test_settings_remote_store_detected():
    assert Settings(store="http://127.0.0.1:7878/query").remote
    assert not Settings(store="data/store").remote


@pytest.mark.parametrize("name", [n for n, _, _ in settings_table()])
def test_settings_every_setting_is_documented(name):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"KG_{name.upper()}" in readme, f"setting {name} (KG_{name.upper()}) is missing from README.md"
