"""The one error type, and the message a blown-up run gives."""

from __future__ import annotations

import scratchnet as sn
from scratchnet.errors import diverged_error


def test_scratchnet_error_is_a_value_error_so_callers_can_catch_either():
    assert issubclass(sn.ScratchnetError, ValueError)


def test_the_diverged_message_names_the_epoch_and_the_remedy():
    assert str(diverged_error(7)) == (
        "the loss is not a finite number at epoch 7: "
        "the weights blew up; try a smaller learning rate"
    )
