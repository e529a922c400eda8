# Lesson 9: write the network yourself, and check it.
#
# Made by `make notebooks` from course/lessons/09_exercises.md: edit that file, not this one.
# Run it: demo("exercises", package = "scratchnet")

# *From the steps of tutorial 003, and the checkers of this repository.*
#
# **What you will learn**
#
# - to write forward, backward, update_params and train yourself
# - to read a checker's verdict: the first step that differs, and the mistake it looks like
#
# **What you need to know**
#
# - lesson 8
# - the glossary (docs/glossary.md) and the numpy/R cheat-sheet (docs/cheat-sheet.md)
#
# Each function below starts as a blank that stops with "your code here"; the checker reports that as its verdict. Fill in the steps, run the cell again, and read the verdict.

library(scratchnet)

my_forward <- function(X, params) {
  # Step 2: hidden_layer_input = X . wh + bh
  # Step 3: hidden_activations = sigmoid(hidden_layer_input)
  # Step 4: output_layer_input = hidden_activations . wout + bout; output = sigmoid(...)
  # Return the four, by name, as a list.
  stop("your code here")
}

check_forward(my_forward)

my_backward <- function(X, y, params, cache) {
  # Steps 5-9: E, slope_output, slope_hidden, d_output, error_hidden, d_hidden
  # Steps 10-11: dwout, dbout, dwh, dbh (the bias changes summed over samples)
  stop("your code here")
}

check_backward(my_backward)

my_update_params <- function(params, grads, lr) {
  # Steps 10-11: each of wh, bh, wout, bout moves by lr times its change
  stop("your code here")
}

check_update(my_update_params)

my_train <- function(X, y, params, lr, epochs) {
  # epochs rounds of forward, loss (before the update), backward, update;
  # return list(params = ..., loss = ...)
  stop("your code here")
}

check_train(my_train)

# **What to try next**
#
# - replace each blank below with your code until every checker passes
# - then compare with the solutions in course/solutions/
#
# Keep open: [glossary](../reference/glossary.md), [numpy ↔ R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).
