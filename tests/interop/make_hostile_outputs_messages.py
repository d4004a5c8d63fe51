#!/usr/bin/python3
"""Writes the inputs of test_hostile_outputs_messages.sh into a folder: real fixtures changed with
Python's zipfile, or the bytes of a real fixture under another name.

Usage: /usr/bin/python3 make_hostile_outputs_messages.py FIXTURES OUTPUT_FOLDER
"""
import os
import sys

fixtures, folder = sys.argv[1], sys.argv[2]
