"""Progress bars for management commands on long runs (rich), drawn only when the output is a terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


@contextmanager
def progress_bar(stdout, description: str, *, total: int | None = None) -> Iterator[Callable[..., None]]:
    """Yields `update(completed=None, description=None)`; without a total the bar is a spinner with the time.

    `stdout` is a command's self.stdout: in cron, tests or a pipe nothing is drawn and the output stays plain.
    """
    console = Console(file=getattr(stdout, "_out", stdout), highlight=False)
    columns = [SpinnerColumn(), TextColumn("{task.description}")]
    if total is not None:
        columns += [BarColumn(), MofNCompleteColumn()]
    columns.append(TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task(description, total=total)

        def update(completed: int | None = None, description: str | None = None) -> None:
            progress.update(task, completed=completed, description=description)

        yield update
