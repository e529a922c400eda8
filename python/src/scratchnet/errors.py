"""The error and the warning scratchnet raises on purpose.

Loaders and the command line raise it for bad input, and ``train`` raises it
when the loss stops being a finite number. Its message is one line that names
the culprit; the command line prints it after ``scratchnet: error:`` and exits
with status 2, without a traceback. Mirrors ``r/R/errors.R``.
"""


class ScratchnetError(ValueError):
    """Bad input or a diverged run, with a one-line message naming the culprit."""


def diverged_error(epoch: int) -> ScratchnetError:
    """The error ``train`` and ``train_fast`` raise when the loss of ``epoch`` is not finite.

    Epochs are counted from 0, in both languages.
    """
    return ScratchnetError(
        f"the loss is not a finite number at epoch {epoch}: "
        "the weights blew up; try a smaller learning rate"
    )


class ScratchnetWarning(UserWarning):
    """A run that finished but went wrong (a rising or stalled loss, saturated units...).

    One line naming the cause and a remedy; the command line prints it after
    ``scratchnet: warning:`` and still exits 0.
    """
