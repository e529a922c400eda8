# The error and the warning scratchnet signals on purpose.
#
# Loaders and the command line signal it for bad input, and train() signals it
# when the loss stops being a finite number. Its message is one line that names
# the culprit; the command line prints it after "scratchnet: error:" and exits
# with status 2, without an "Error in ..." dump. Mirrors
# python/src/scratchnet/errors.py, where it is the class ScratchnetError (an
# R condition is made by a function, a Python exception by a class).

#' Make a scratchnet error condition
#'
#' Makes the error condition scratchnet signals for bad input and for a run
#' whose loss is no longer a number.
#' Use as `stop(scratchnet_error("..."))`; catch with
#' `tryCatch(..., scratchnet_error = function(e) ...)`.
#'
#' @param message One line naming the culprit.
#' @return A condition of class `c("scratchnet_error", "error", "condition")`.
#' @examples
#' tryCatch(stop(scratchnet_error("X has 15 rows but y has 20")),
#'   scratchnet_error = function(e) conditionMessage(e))
#' @export
scratchnet_error <- function(message) {
  structure(
    class = c("scratchnet_error", "error", "condition"),
    list(message = message, call = NULL)
  )
}

#' The error train() and train_fast() signal when the loss is not finite
#'
#' @param epoch The epoch whose loss was not a finite number, counted from 0
#'   (as in Python).
#' @return A `scratchnet_error` condition, to be signalled with `stop()`.
#' @keywords internal
diverged_error <- function(epoch) {
  scratchnet_error(sprintf(paste0(
    "the loss is not a finite number at epoch %d: ",
    "the weights blew up; try a smaller learning rate"
  ), epoch))
}

#' Make a scratchnet warning condition
#'
#' A run that finished but went wrong (a rising or stalled loss, saturated
#' units...): one line naming the cause and a remedy. [train()] and
#' [train_fast()] signal them with `warning()`; the command line prints each
#' after "scratchnet: warning:" and still exits 0. Python's twin is the class
#' `ScratchnetWarning`.
#'
#' @param message One line naming the cause and a remedy.
#' @param finding What the line says, for the command line to word it for
#'   itself (see `diagnose()`), or `NULL`.
#' @return A condition of class
#'   `c("scratchnet_warning", "warning", "condition")`.
#' @keywords internal
scratchnet_warning <- function(message, finding = NULL) {
  structure(
    class = c("scratchnet_warning", "warning", "condition"),
    list(message = message, call = NULL, finding = finding)
  )
}
