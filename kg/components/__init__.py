"""kg's spaCy components, one per module (the other modules hold the entity fixer's rules); importing this
package registers their factories."""
from kg.components import actor_spans, chrome_filter, entity_fixer, paragraph_breaks

BEFORE_PARSER: tuple[str, ...] = (paragraph_breaks.NAME,)  # sentence starts the parser must keep
FACTORIES: tuple[str, ...] = (entity_fixer.NAME, actor_spans.NAME, chrome_filter.NAME)  # after the entity recognizer

__all__ = ["BEFORE_PARSER", "FACTORIES", "actor_spans", "chrome_filter", "entity_fixer", "paragraph_breaks"]
