#!/usr/bin/env python3
"""The score against `less`, in one run: time to first screen (from the start and resumed at
60%), CPU while idle, and peak RSS with the book open, analysed and searched (standard
library only).

    python3 benches/first_screen.py [BOOK ...] [--runs N] [--idle SECONDS]

For each BOOK (default: the two books of ../shared/corpus), spawns
`target/release/dossier BOOK` and `less BOOK` in a 120x40 pseudo-terminal and prints, side by
side:

- first screen: milliseconds from spawn until a word of the book's opening lines is on the
  screen (median and range of N runs);
- first screen at 60%: the same with the reading position saved at 60% of the book (dossier
  gets a fresh state directory holding that position; less gets `+60p`), the word taken from
  the lines there;
- idle CPU: clock ticks (user + system, /proc/PID/stat) over SECONDS with the book open,
  after the analysis has had time to finish;
- peak RSS: VmHWM after that, and after one search.

Build first with `cargo build --release` (or set DOSSIER_BIN to another build). Linux only (/proc).
"""
import fcntl, json, os, pty, re, select, signal, statistics, struct, sys, tempfile, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
DOSSIER = os.environ.get("DOSSIER_BIN") or os.path.join(ROOT, "target", "release", "dossier")
COLS, ROWS = 120, 40


def fnv_key(data):
    """dossier's document key: FNV-1a 64 of the text, and its length, in hex."""
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}-{len(data):x}"


def needle_after(data, offset):
    """A distinctive word from the first lines at or after `offset` (a line start)."""
    lines = [l for l in data[offset:offset + 4000].split(b"\n") if l.strip()][:4]
    words = sorted({w for l in lines for w in re.findall(rb"[A-Za-z]{6,}", l)}, key=len, reverse=True)
    return words[0] if words else lines[0][:8]


class Child:
    def __init__(self, argv, env=None):
        self.t0 = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["TERM"] = "xterm-256color"
            os.environ.update(env or {})
            os.execvp(argv[0], argv)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.seen = b""

    def wait_for(self, needle, timeout=10.0):
        """Seconds from spawn until `needle` was output, or None."""
        deadline = time.perf_counter() + timeout
        while needle not in self.seen:
            left = deadline - time.perf_counter()
            if left <= 0 or not self.pump(left):
                return None
        return time.perf_counter() - self.t0

    def pump(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            self.seen += os.read(self.fd, 1 << 16)
        except OSError:
            return False
        return True

    def drain_for(self, seconds):
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.pump(end - time.perf_counter())

    def ticks(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])

    def peak_kb(self):
        with open(f"/proc/{self.pid}/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmHWM"))

    def kill(self):
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def first_screen(argv, needle, runs, env=None):
    times = []
    for _ in range(runs):
        c = Child(argv, env)
        t = c.wait_for(needle)
        c.kill()
        if t is not None:
            times.append(t * 1000)
    return times


def resume_env(data, position, book):
    state = tempfile.mkdtemp(prefix="dossier-bench-")
    os.makedirs(os.path.join(state, "dossier"))
    doc = {"position": position, "source": book}
    with open(os.path.join(state, "dossier", "state.json"), "w") as f:
        json.dump({"version": 1, "documents": {fnv_key(data): doc}}, f)
    return {"XDG_STATE_HOME": state}


def idle_and_memory(argv, needle, idle, env=None):
    c = Child(argv, env)
    c.wait_for(needle)
    c.drain_for(6)  # the analysis finishes
    before = c.ticks()
    c.drain_for(idle)
    ticks = c.ticks() - before
    open_kb = c.peak_kb()
    os.write(c.fd, b"/whom\r")
    c.drain_for(1.5)
    searched_kb = c.peak_kb()
    c.kill()
    return ticks, open_kb, searched_kb


def fmt(times):
    if not times:
        return "-"
    return f"{statistics.median(times):.1f} ms ({min(times):.0f}-{max(times):.0f})"


def row(label, ours, theirs, ratio=None):
    r = f"{ratio:.1f}x" if ratio is not None else ""
    print(f"  {label:28} {ours:>24} {theirs:>24} {r:>7}")


def bench(book, runs, idle):
    data = open(book, "rb").read()
    top = needle_after(data, 0)
    at = data.index(b"\n", len(data) * 6 // 10) + 1
    mid = needle_after(data, at)
    env = resume_env(data, at, book)
    fresh = {"XDG_STATE_HOME": tempfile.mkdtemp(prefix="dossier-bench-")}
    print(f"{os.path.basename(book)} ({len(data)} bytes), {COLS}x{ROWS}, {runs} runs")
    row("", "dossier", "less")
    ours, theirs = first_screen([DOSSIER, book], top, runs, fresh), first_screen(["less", book], top, runs)
    ratio = statistics.median(ours) / statistics.median(theirs) if ours and theirs else None
    row("first screen", fmt(ours), fmt(theirs), ratio)
    ours = first_screen([DOSSIER, book], mid, runs, env)
    theirs = first_screen(["less", "+60p", book], mid, runs)
    ratio = statistics.median(ours) / statistics.median(theirs) if ours and theirs else None
    row("first screen at 60%", fmt(ours), fmt(theirs), ratio)
    d = idle_and_memory([DOSSIER, "--no-state", book], top, idle)
    l = idle_and_memory(["less", book], top, idle)
    row(f"idle CPU ticks over {idle:.0f} s", str(d[0]), str(l[0]))
    row("peak RSS, open", f"{d[1] / 1024:.1f} MB", f"{l[1] / 1024:.1f} MB", d[1] / l[1])
    row("peak RSS, searched", f"{d[2] / 1024:.1f} MB", f"{l[2] / 1024:.1f} MB", d[2] / l[2])


def main():
    args, runs, idle = [], 8, 20.0
    it = iter(sys.argv[1:])
    for a in it:
        if a == "--runs":
            runs = int(next(it))
        elif a == "--idle":
            idle = float(next(it))
        else:
            args.append(a)
    books = args or [os.path.join(CORPUS, b) for b in ("war-and-peace.txt", "les-miserables.txt")]
    books = [b for b in books if os.path.exists(b)]
    if not books:
        sys.exit("no book to measure (pass one, or put the corpus in ../shared/corpus)")
    for book in books:
        bench(book, runs, idle)


if __name__ == "__main__":
    main()
