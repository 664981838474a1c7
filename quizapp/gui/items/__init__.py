"""Acting on items wherever the learner meets them: the edit and add dialogs, the item menu
(edit, suspend, bury, flag) and the words for what the core reports."""
