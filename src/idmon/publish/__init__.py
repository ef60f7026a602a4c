"""Publishing: what idmon hands to readers and to other tools (exports of figures; briefings)."""
