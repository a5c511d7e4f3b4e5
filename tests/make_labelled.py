#!/usr/bin/env python3
"""Regenerates src/Woodbrook.Monitor/Classify/Data/labelled.jsonl, the comments the learned backstop learns from:
shared/eval/dev.jsonl, then every tests/.../Classify/Data/heldout*.jsonl (the team's sets, each scored once as a fresh set
before it was tuned on), then every tests/.../Classify/Data/training/*.jsonl (comments written as training data only);
id, text and labels only, first copy of a text wins. Run from the repository root after adding or relabelling a set: python3 tests/make_labelled.py"""
import glob, json, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dev = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, '..', 'shared', 'eval', 'dev.jsonl')
data = os.path.join(root, 'tests', 'Woodbrook.Monitor.Tests', 'Classify', 'Data')
files = [dev] + sorted(glob.glob(os.path.join(data, 'heldout*.jsonl'))) + sorted(glob.glob(os.path.join(data, 'training', '*.jsonl')))
seen = set()
with open(os.path.join(root, 'src', 'Woodbrook.Monitor', 'Classify', 'Data', 'labelled.jsonl'), 'w', encoding='utf-8') as out:
    for name in files:
        for line in open(name, encoding='utf-8'):
            if not line.strip():
                continue
            d = json.loads(line)
            if d['text'] in seen:
                continue
            seen.add(d['text'])
            out.write(json.dumps({'id': d['id'], 'text': d['text'], 'labels': d['labels']}, ensure_ascii=False) + '\n')
print(f'{len(seen)} comments from {len(files)} files')
