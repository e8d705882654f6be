"""Quote-and-speaker extraction for news articles (pure Python; spaCy optional, lazy).

>>> from articles.quotes import extract
>>> result = extract("«Nous restons prudents», a déclaré Marie Dupont.")
>>> result.quotes[0].speaker
'Marie Dupont'
"""
from .engine import extract
from .model import ATTRIBUTIONS, ExtractionResult, FoundPerson, FoundQuote

__all__ = ["ATTRIBUTIONS", "ExtractionResult", "FoundPerson", "FoundQuote", "extract"]
