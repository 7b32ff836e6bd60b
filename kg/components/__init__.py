"""kg's spaCy components, one per module; importing this package registers their factories."""
from kg.components import chrome_filter, entity_fixer

FACTORIES: tuple[str, ...] = (entity_fixer.NAME, chrome_filter.NAME)

__all__ = ["FACTORIES", "chrome_filter", "entity_fixer"]
