# The one error type, and the message a blown-up run gives.
# Mirrors python/tests/test_errors.py.

test_that("scratchnet_error is an error condition callers can catch", {
  caught <- tryCatch(stop(scratchnet_error("x")), error = function(e) e)
  expect_s3_class(caught, c("scratchnet_error", "error", "condition"))
  expect_null(conditionCall(caught))
})

test_that("the diverged message names the epoch and the remedy", {
  expect_identical(conditionMessage(diverged_error(7)), paste0(
    "the loss is not a finite number at epoch 7: ",
    "the weights blew up; try a smaller learning rate"
  ))
})
