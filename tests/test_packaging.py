"""The packaging scripts on a tiny stand-in payload: the .deb's layout and dependencies, the NSIS script
compiles. The real payload is built and installed by `./run.sh package --test-deb` (too slow for each run)."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def _payload(folder: Path) -> Path:
    app = folder / "dist" / "SentraDesk"
    (app / "_internal").mkdir(parents=True)
    (app / "sentra").write_text("#!/bin/sh\necho stand-in\n")
    (app / "sentra").chmod(0o755)
    (app / "SentraDesk").symlink_to("sentra")
    (app / "_internal" / "data.txt").write_text("x")
    return app


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian)")
def test_the_deb_has_the_layout_and_dependencies(tmp_path):
    work = tmp_path / "checkout"
    shutil.copytree(ROOT / "packaging", work / "packaging")
    shutil.copytree(ROOT / "resources" / "icons", work / "resources" / "icons")
    shutil.copy(ROOT / "pyproject.toml", work)
    _payload(work)
    out = subprocess.run(
        ["bash", "packaging/debian/build_deb.sh"], cwd=work, capture_output=True, text=True, check=True
    ).stdout.strip()
    deb = work / out
    assert deb.name == f"sentra-desk_{VERSION}_amd64.deb"
    info = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    depends = next(line for line in info.splitlines() if line.startswith("Depends:"))
    for dep in ("libc6 (>= 2.", "libegl1", "libgl1", "libfontconfig1", "libxkbcommon-x11-0", "libxcb-cursor0",
                "libcups2", "libdbus-1-3", "tzdata"):  # fmt: skip
        assert dep in depends
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/sentra-desk/sentra", "./usr/bin/sentra -> /opt/sentra-desk/sentra",
                 "./usr/share/applications/sentra-desk.desktop", "./etc/sentra-desk/sentra.ini",
                 "./usr/share/icons/hicolor/256x256/apps/sentra-desk.png"):  # fmt: skip
        assert path in listing
    assert "/var/lib/sentra-desk" not in listing  # the data folder belongs to the PC, not to the package
    conffiles = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True
    ).stdout
    assert b"conffiles" in conffiles


@pytest.mark.skipif(shutil.which("makensis") is None, reason="needs makensis (Debian package nsis)")
def test_the_windows_installer_script_compiles(tmp_path):
    app = _payload(tmp_path)
    out = tmp_path / "check.exe"
    defines = [f"-DVERSION={VERSION}", "-DCHECK_ONLY", f"-DPAYLOAD={app}", f"-DOUTFILE={out}"]
    subprocess.run(
        ["makensis", "-WX", "-V2", *defines, "sentra.nsi"],
        cwd=ROOT / "packaging" / "windows",
        check=True,
        capture_output=True,
    )
    assert out.stat().st_size > 10_000


def _spec_list(name: str) -> list[str]:
    """A list literal assigned at the top of build.spec (the spec is Python that only PyInstaller can run)."""
    import ast

    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"{name} not found in build.spec")


def test_the_frozen_app_keeps_every_qt_module_the_code_imports():
    """build.spec drops unused Qt modules for size; dropping one the code imports breaks only the frozen app
    (a QLocalServer from QtNetwork once did, seen only when the .deb's GUI started)."""
    import ast

    excluded = set(_spec_list("QT_UNUSED"))
    used: set[str] = set()
    for folder in ("desktop", "ui", "db", "exports"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module]
                    if isinstance(node, ast.ImportFrom) and node.module
                    else []
                )
                used.update(n.split(".")[1] for n in names if n.startswith("PySide6.") and n.count(".") >= 1)
    assert "QtWidgets" in used and "QtNetwork" in used
    assert sorted(used & excluded) == []
