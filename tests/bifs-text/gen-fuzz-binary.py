# Seeded generator of random binary-module and unicode-encoding cases:
# python3 gen-fuzz-binary.py SEED COUNT > cases/NAME.cases (cases/fuzzb.cases: seed 7, 2500).
import random, sys
random.seed(int(sys.argv[1]))
def rbin(alpha, n): return "<<" + ",".join(str(random.choice(alpha)) for _ in range(n)) + ">>"
AB = [97, 98, 99]
def pats():
    k = random.random()
    if k < 0.4: return rbin(AB, random.randint(1, 3))
    return "[" + ",".join(rbin(AB, random.randint(1, 4)) for _ in range(random.randint(2, 4))) + "]"
def scope(size):
    if random.random() < 0.6: return ""
    p = random.randint(0, size); l = random.randint(-p, size - p)
    return "{scope,{%d,%d}}" % (p, l)
BYTES = [97, 98, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xFF, 0xC0, 0x80, 0xED, 0xA0, 0, 0xD8, 0x3D, 0xDE, 0xFE]
def iodata(d=0):
    if d > 2 or random.random() < 0.3: return rbin(BYTES, random.randint(0, 5))
    items = []
    for _ in range(random.randint(0, 4)):
        k = random.random()
        if k < 0.45: items.append(str(random.choice([97, 233, 8364, 128512, 256, 55296, 1114112, -1, 0])))
        elif k < 0.75: items.append(rbin(BYTES, random.randint(0, 4)))
        else: items.append(iodata(d + 1))
    tail = ('|' + rbin(BYTES, random.randint(0, 3))) if items and random.random() < 0.15 else ''
    return "[" + ",".join(items) + tail + "]"
ENC = ['latin1', 'utf8', 'unicode', 'utf16', '{utf16,little}', 'utf32', '{utf32,little}']
print("%% Random binary-module and unicode-encoding cases (seeded generator); expected results from OTP 26.2.5.")
for _ in range(int(sys.argv[2])):
    k = random.random()
    h = rbin(AB, random.randint(0, 10))
    size = h.count(',') + 1 if h != '<<>>' else 0
    if k < 0.15:
        sc = scope(size); print("{binary, match, [%s, %s, [%s]]}." % (h, pats(), sc))
    elif k < 0.3:
        sc = scope(size); print("{binary, matches, [%s, %s, [%s]]}." % (h, pats(), sc))
    elif k < 0.5:
        opts = [o for o in ['global', 'trim', 'trim_all', scope(size)] if o and random.random() < 0.5]
        print("{binary, split, [%s, %s, [%s]]}." % (h, pats(), ",".join(opts)))
    elif k < 0.6:
        opts = [o for o in ['global', scope(size), '{insert_replaced,%d}' % random.randint(0, 2)] if o and random.random() < 0.5]
        print("{binary, replace, [%s, %s, <<\"xy\">>, [%s]]}." % (h, pats(), ",".join(opts)))
    elif k < 0.75:
        print("{unicode, characters_to_binary, [%s, %s]}." % (iodata(), random.choice(ENC)))
    elif k < 0.85:
        print("{unicode, characters_to_list, [%s, %s]}." % (iodata(), random.choice(ENC)))
    else:
        print("{unicode, characters_to_binary, [%s, %s, %s]}." % (iodata(), random.choice(ENC), random.choice(ENC)))
