#!/usr/bin/env python3
"""Time to first screen with a minimal pseudo-terminal reader (standard library only).

    python3 benches/first_screen.py [BOOK] [RUNS]

Spawns `target/release/dossier --no-state BOOK` and `less BOOK` in a 120x40 pty and reports,
per run, the milliseconds from spawn until the book's title is in the output. BOOK defaults
to ../shared/corpus/war-and-peace.txt (needle "WAR AND PEACE"). Build first with
`cargo build --release`. Lighter than the divan `first_screen` bench, whose harness adds its
own spawn and emulation cost.
"""
import fcntl, os, pty, select, signal, struct, sys, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
book = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "corpus", "war-and-peace.txt")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 8
needle = b"WAR AND PEACE"


def measure(argv):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen, elapsed = b"", None
    while elapsed is None:
        ready, _, _ = select.select([fd], [], [], 10)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        seen += chunk
        if needle in seen:
            elapsed = time.perf_counter() - t0
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return elapsed


for prog in ([os.path.join(ROOT, "target", "release", "dossier"), "--no-state", book], ["less", book]):
    times = [measure(prog) for _ in range(runs)]
    shown = [f"{t * 1000:.0f}" if t is not None else "-" for t in times]
    print(f"{os.path.basename(prog[0]):8} ms to first screen: {' '.join(shown)}")
