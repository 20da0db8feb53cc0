"""Compares bench/out/ifeval (written by dump.ts) with the Python reference.

Needs: python3 with nltk installed (any version: only its FreqDist and TokenizerI are used),
IFEVAL_REFERENCE = a folder holding the reference's instructions.py and instructions_registry.py
(google-research instruction_following_eval/, or lm-evaluation-harness lm_eval/tasks/ifeval/),
NLTK_SOURCES = a folder holding the nltk/tokenize/punkt.py and destructive.py to compare with
(NLTK 3.8.1-3.9.x for published IFEval numbers). Nothing of these is copied into the repository:
they are loaded from where they are, with langdetect and absl stubbed.
"""
import collections, importlib.util, json, logging, os, re, sys, types

logging.disable(logging.CRITICAL)  # the reference logs every detector "failure" of the stub

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = os.path.join(root, 'bench', 'out', 'ifeval')
reference, nltk_sources = os.environ['IFEVAL_REFERENCE'], os.environ['NLTK_SOURCES']

def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module

punkt = load('punkt_under_test', os.path.join(nltk_sources, 'punkt.py'))
destructive = load('destructive_under_test', os.path.join(nltk_sources, 'destructive.py'))
params = punkt.PunktParameters()
data = os.path.join(root, 'datasets', 'punkt-english')
lines = lambda f: [l for l in open(os.path.join(data, f), encoding='utf-8').read().split('\n') if l]
params.abbrev_types = set(lines('abbrev_types.txt'))
params.sent_starters = set(lines('sent_starters.txt'))
params.collocations = set(tuple(l.split('\t')) for l in lines('collocations.tab'))
params.ortho_context = collections.defaultdict(int, {t: int(f) for t, f in (l.split('\t') for l in lines('ortho_context.tab'))})
sentence_tokenizer = punkt.PunktSentenceTokenizer(params)
treebank = destructive.NLTKWordTokenizer()
word_tokenize = lambda text: [w for s in sentence_tokenizer.tokenize(text) for w in treebank.tokenize(s)]

# Stubs: language detection is compared separately; the util module is rebuilt on the tokenizers above.
class LangDetectException(Exception): pass
def detect(text): raise LangDetectException('compared separately')
sys.modules['langdetect'] = types.SimpleNamespace(detect=detect, LangDetectException=LangDetectException)
sys.modules['absl'] = types.SimpleNamespace(logging=types.SimpleNamespace(error=lambda *a, **k: None))
sys.modules['absl.logging'] = sys.modules['absl'].logging
util = types.ModuleType('instructions_util')
util.LANGUAGE_CODES = {c: c for c in 'en es pt ar hi fr ru de ja it bn uk th ur ta te bg ko pl he fa vi ne sw kn mr gu pa ml fi'.split()}
util.count_words = lambda text: len(re.findall(r'\w+', text))
util.count_sentences = lambda text: len(sentence_tokenizer.tokenize(text))
util.nltk = types.SimpleNamespace(word_tokenize=word_tokenize)
util.generate_keywords = lambda num_keywords: (_ for _ in ()).throw(RuntimeError('no random kwargs'))
package = types.ModuleType('instruction_following_eval'); package.__path__ = []
package.instructions_util = util
for name in ('instruction_following_eval', 'lm_eval', 'lm_eval.tasks', 'lm_eval.tasks.ifeval'):
    sys.modules[name] = package
sys.modules['instruction_following_eval.instructions_util'] = util
sys.modules['lm_eval.tasks.ifeval.instructions_util'] = util
sys.modules['instructions_util'] = util
instructions = load('instruction_following_eval.instructions', os.path.join(reference, 'instructions.py'))
package.instructions = instructions
sys.modules['lm_eval.tasks.ifeval.instructions'] = instructions
registry = load('instruction_following_eval.instructions_registry', os.path.join(reference, 'instructions_registry.py'))

def verdicts(row, response):
    r = response.split('\n')
    first, last, both = '\n'.join(r[1:]).strip(), '\n'.join(r[:-1]).strip(), '\n'.join(r[1:-1]).strip()
    variants = [response, response.replace('*', ''), first, last, both, first.replace('*', ''), last.replace('*', ''), both.replace('*', '')]
    strict, loose = [], []
    for index, instruction_id in enumerate(row['instruction_id_list']):
        instruction = registry.INSTRUCTION_DICT[instruction_id](instruction_id)
        instruction.build_description(**{k: v for k, v in row['kwargs'][index].items() if v is not None})
        strict.append(bool(response.strip() and instruction.check_following(response)))
        loose.append(any(bool(v.strip() and instruction.check_following(v)) for v in variants))
    return {'strict': strict, 'loose': loose}

cases = json.load(open(os.path.join(out, 'cases.json'), encoding='utf-8'))
ours = json.load(open(os.path.join(out, 'verdicts.json'), encoding='utf-8'))
differ = collections.Counter(); example = {}
total = 0
for case, mine in zip(cases, ours):
    theirs = verdicts(case['row'], case['response'])
    for i, instruction_id in enumerate(case['row']['instruction_id_list']):
        for kind in ('strict', 'loose'):
            total += 1
            if mine[kind][i] != theirs[kind][i]:
                differ[instruction_id + ' ' + kind] += 1
                example.setdefault(instruction_id + ' ' + kind, case['response'][:120])
texts = json.load(open(os.path.join(out, 'texts.json'), encoding='utf-8'))
tokens = json.load(open(os.path.join(out, 'tokens.json'), encoding='utf-8'))
sentence_diffs = sum(sentence_tokenizer.tokenize(t) != k['sentences'] for t, k in zip(texts, tokens))
word_diffs = sum(word_tokenize(t) != k['words'] for t, k in zip(texts, tokens))
print(json.dumps({'verdicts': total, 'verdicts_differing': dict(differ), 'examples': example,
                  'texts': len(texts), 'sentence_splits_differing': sentence_diffs, 'word_tokens_differing': word_diffs}, indent=1, ensure_ascii=False))
