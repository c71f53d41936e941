"""Renderers: each turns a result into text for one output format, chosen by registry
(``render.registry``). Only the CLI writes."""
