"""A headless LibreOffice of a test's own, driven through UNO (Debian's python3-uno), for the test
scripts beside this file.
"""
import contextlib
import os
import subprocess
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    """A PropertyValue: the argument UNO calls take for each option."""
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def _connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(200):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # LibreOffice is still starting
            time.sleep(0.3)
    raise SystemExit("LibreOffice did not start")


@contextlib.contextmanager
def desktop(profile):
    """Starts soffice with its user profile in the folder profile and yields its Desktop; ends it after."""
    pipe = f"malkedja_uno_{os.getpid()}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{os.path.abspath(profile)}", "--headless",
                               "--invisible", "--norestore", f"--accept=pipe,name={pipe};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = _connect(pipe)
        desk = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        yield desk
        try:
            desk.terminate()
        except Exception:  # the bridge closes as LibreOffice quits
            pass
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()


def load_hidden(desk, url_or_path):
    """The document at a path (or a private: URL such as private:factory/scalc), opened without a window."""
    url = url_or_path if url_or_path.startswith("private:") else uno.systemPathToFileUrl(os.path.abspath(url_or_path))
    return desk.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))


def store(document, path, filter_name):
    """Saves document as path in the format LibreOffice's filter_name names."""
    document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)),
                        (prop("FilterName", filter_name), prop("Overwrite", True)))
