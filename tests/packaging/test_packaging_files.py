"""What installs with Commons besides its code: the desktop entry, the icon and the AppStream metainfo agree with
each other and with the window, validate, and are in the wheel's data files (pyproject.toml)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from commons_desktop.app import create_application
from commons_desktop.theme import ICON_PATH

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.commons.Commons"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON = PACKAGING / f"{APP_ID}.svg"


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_entry_the_metainfo_the_icon_and_the_window_name_one_app(qtbot) -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "commons"
    assert entry()["Icon"] == APP_ID
    assert entry()["Exec"].split()[0] == "commons"
    assert ICON.resolve() == ICON_PATH  # the menu's icon is the window's
    assert create_application().desktopFileName() == APP_ID  # so a desktop matches the window to its entry


def test_the_metainfo_describes_the_whole_app_with_screenshots_of_it() -> None:
    component = ET.parse(METAINFO).getroot()
    description = " ".join(component.find("description").itertext()).lower()  # type: ignore[union-attr]
    for part in (
        "wellness plan",
        "map",
        "needs and offers",
        "projects",
        "lending circles",
        "purse",
        "time credits",
        "local network",
        "relay",
    ):
        assert part in description, part
    images = [Path(image.text or "").name for image in component.iter("image")]
    assert images
    for name in images:
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


def test_the_wheel_installs_them_where_desktops_look() -> None:
    data_files = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["data-files"]
    assert data_files == {
        "share/applications": [f"packaging/{DESKTOP.name}"],
        "share/metainfo": [f"packaging/{METAINFO.name}"],
        "share/icons/hicolor/scalable/apps": [f"packaging/{ICON.name}"],
    }


@pytest.mark.parametrize(
    ("tool", "arguments", "path"),
    [("appstreamcli", ["validate", "--no-net"], METAINFO), ("desktop-file-validate", [], DESKTOP)],
)
def test_the_files_validate(tool: str, arguments: list[str], path: Path) -> None:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed (make package needs it)")
    checked = subprocess.run([found, *arguments, str(path)], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "warning" not in (checked.stdout + checked.stderr).lower()
