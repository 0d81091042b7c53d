# Seeded generator of random string/unicode cases: python3 gen-fuzz-string.py SEED COUNT > cases/NAME.cases
# (cases/fuzz.cases: seed 1, 1500; cases/fuzz2.cases: seeds 2 and 3, 1500 each).
import random
random.seed(int(__import__('sys').argv[1]))
ATOMS = ['a','b','c',' ',',','\\r','\\n','e']
CPS = [97,98,99,32,44,13,10,101,769,776,0x1F600,0x200D,0x1F469,0x1F1F8,0x1F1EA,0x1100,0x1161,0x11A8,0xAC00,0xE9,0xDF,0x130,0x3A3,0x600,0x1F3FD,65,66]
def cp(): return random.choice(CPS)
def binlit(n):
    segs = [f"{cp()}/utf8" for _ in range(n)]
    return "<<" + ",".join(segs) + ">>"
def chardata(depth=0):
    r = random.random()
    if depth > 2 or r < 0.3:
        return binlit(random.randint(0,5))
    items = []
    for _ in range(random.randint(0,4)):
        k = random.random()
        if k < 0.5: items.append(str(cp()))
        elif k < 0.75: items.append(binlit(random.randint(0,4)))
        else: items.append(chardata(depth+1))
    tail = ''
    if items and random.random() < 0.15: tail = '|' + binlit(random.randint(0,3))
    return '[' + ','.join(items) + tail + ']'
def seplist():
    opts = ['" "', '","', '"ab"', '[[13,10],10]', '[101]', '" ,"', '[[101,769]]', '"a"']
    return random.choice(opts)
def pat():
    return random.choice(['","', '"a"', '"ab"', '[13,10]', '<<"e">>', '[101,769]', '" "', '[128512]', '"b"'])
fns = [
 lambda s: f"{{string, length, [{s}]}}.",
 lambda s: f"{{string, to_graphemes, [{s}]}}.",
 lambda s: f"{{string, next_grapheme, [{s}]}}.",
 lambda s: f"{{string, next_codepoint, [{s}]}}.",
 lambda s: f"{{string, reverse, [{s}]}}.",
 lambda s: f"{{string, slice, [{s}, {random.randint(0,4)}, {random.randint(1,4)}]}}.",
 lambda s: f"{{string, slice, [{s}, {random.randint(0,4)}]}}.",
 lambda s: f"{{string, trim, [{s}, {random.choice(['leading','trailing','both'])}, {seplist()}]}}.",
 lambda s: f"{{string, trim, [{s}]}}.",
 lambda s: f"{{string, take, [{s}, {seplist()}, {random.choice(['true','false'])}, {random.choice(['leading','trailing'])}]}}.",
 lambda s: f"{{string, lexemes, [{s}, {seplist()}]}}.",
 lambda s: f"{{string, nth_lexeme, [{s}, {random.randint(1,3)}, {seplist()}]}}.",
 lambda s: f"{{string, split, [{s}, {pat()}, {random.choice(['leading','trailing','all'])}]}}.",
 lambda s: f"{{string, replace, [{s}, {pat()}, \"-\", {random.choice(['leading','trailing','all'])}]}}.",
 lambda s: f"{{string, find, [{s}, {pat()}, {random.choice(['leading','trailing'])}]}}.",
 lambda s: f"{{string, prefix, [{s}, {pat()}]}}.",
 lambda s: f"{{string, uppercase, [{s}]}}.",
 lambda s: f"{{string, lowercase, [{s}]}}.",
 lambda s: f"{{string, casefold, [{s}]}}.",
 lambda s: f"{{string, titlecase, [{s}]}}.",
 lambda s: f"{{string, chomp, [{s}]}}.",
 lambda s: f"{{string, equal, [{s}, {chardata()}, {random.choice(['true','false'])}, {random.choice(['none','nfc','nfd','nfkc'])}]}}.",
 lambda s: f"{{string, pad, [{s}, {random.randint(0,8)}, {random.choice(['leading','trailing','both'])}]}}.",
 lambda s: f"{{unicode, characters_to_nfd_list, [{s}]}}.",
 lambda s: f"{{unicode, characters_to_nfc_binary, [{s}]}}.",
 lambda s: f"{{unicode, characters_to_binary, [{s}, utf8, {random.choice(['latin1','utf16','{utf32,little}','utf8'])}]}}.",
 lambda s: f"{{string, to_integer, [{s}]}}.",
 lambda s: f"{{string, is_empty, [{s}]}}.",
]
print("%% Random chardata shapes (seeded generator); expected results from OTP 26.2.5.")
for _ in range(int(__import__('sys').argv[2])):
    print(random.choice(fns)(chardata()))
