"""Eval-loop microbenchmarks in the spirit of add_local.

Usage: python -I -S microbench.py NAME [LOOPS]

Each benchmark is a function whose loop body repeats one operation 36 times, so the time goes to the
interpreter's dispatch path and not to the loop. It runs once to warm up (specialising interpreters
adapt their instructions on the first passes), then once timed, and prints one number: nanoseconds
per operation. Plain Python 3 with no imports beyond sys and time, so it runs on any CPython 3.x.
"""
import sys
import time

REPEAT = 36

# name: (setup lines, one operation, default loops)
BENCHMARKS = {
    "add_local": (["a = 1", "b = 2"], "a + b", 1000000),
    "load_store_local": (["a = 1", "b = 2"], "a = b", 1000000),
    "read_global": ([], "G_A", 1000000),
    "write_global": (["global G_B"], "G_B = 1", 1000000),
    "read_attribute": (["o = Point()"], "o.x", 1000000),
    "write_attribute": (["o = Point()"], "o.x = 1", 1000000),
    "call_function": ([], "f()", 300000),
    "call_method": (["o = Point()"], "o.m()", 300000),
}

G_A = 1
G_B = 2


class Point(object):
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2

    def m(self):
        return None


def f():
    return None


def compile_benchmark(name):
    setup, operation, _ = BENCHMARKS[name]
    lines = ["def run(loops):"]
    lines += ["    " + line for line in setup]
    lines += ["    for _ in range(loops):"]
    lines += ["        " + operation] * REPEAT
    namespace = {"Point": Point, "f": f}
    code = compile("\n".join(lines) + "\n", "<" + name + ">", "exec")
    exec(code, globals(), namespace)
    return namespace["run"]


def main(argv):
    if len(argv) < 2 or argv[1] not in BENCHMARKS:
        sys.stderr.write("usage: microbench.py {%s} [LOOPS]\n" % ",".join(sorted(BENCHMARKS)))
        return 2
    name = argv[1]
    loops = int(argv[2]) if len(argv) > 2 else BENCHMARKS[name][2]
    run = compile_benchmark(name)
    run(max(loops // 10, 1))
    clock = time.perf_counter
    start = clock()
    run(loops)
    elapsed = clock() - start
    sys.stdout.write("%.4f\n" % (elapsed / (loops * REPEAT) * 1e9))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
