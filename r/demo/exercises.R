# Lesson 9: write the network yourself, and check it.
#
# Made by `make notebooks` from course/lessons/09_exercises.md: edit that file, not this one.
# Run it: demo("exercises", package = "scratchnet")

# *From the steps of tutorial 003 (Sunil Ray, "Understanding and Coding Neural Networks From
# Scratch in Python and R"), and the checkers of this repository.*
#
# **What you will learn**
#
# - to write `forward`, `backward`, `update_params` and `train` yourself, step by step
# - to read a checker's verdict: the first step that differs, both values, and the mistake it
#   looks like
#
# **What you need to know**
#
# - lesson 8 (every step and its shape); keep the [glossary](../reference/glossary.md) and the
#   [numpy <-> R cheat-sheet](../reference/cheat-sheet.md) open
#
# Each function below is a blank: its first lines say what it takes and what it must return,
# then it stops with "your code here". Run its cell: the checker runs your function on two small
# problems (no square matrices, so a transposed one cannot hide), compares every piece it returns
# with the package's own, in step order, and prints one verdict. Fill in the blank, run the cell
# again, and read the new verdict. The four build on each other: `my_train` calls the other three.
#
# ## The problem your functions will see
#
# The checkers make their own problems, but you may want to try yours by hand first: the toy data
# (3 samples, 4 inputs, 1 output) and start weights from seed 42, with the shapes the blanks
# speak of. Rows are samples: `X` is n x d, `wh` d x h, `bh` 1 x h, `wout` h x k, `bout` 1 x k.

library(scratchnet)

seed <- 42
hidden <- 3
toy <- load_dataset("toy")
X <- toy$X
y <- toy$y
params <- init_params(ncol(X), hidden, ncol(y), seed = seed)
for (name in c("wh", "bh", "wout", "bout")) cat(name, dim(params[[name]]), "\n")

# ## Forward: steps 2 to 4

my_forward <- function(X, params) {
  # Steps 2-4 on X (n x d) with params wh (d x h), bh (1 x h), wout (h x k),
  # bout (1 x k). Return a list of four matrices: hidden_layer_input (n x h),
  # hidden_activations (n x h), output_layer_input (n x k) and output (n x k).
  # R does not add a 1 x h bias to every row: use rep(bh, each = nrow(X)).
  stop("your code here")
}

passed <- check_forward(my_forward)

# ## Backward: steps 5 to 11
#
# `cache` is what a forward pass returned. The changes are **minus** the gradient of the summed
# half squared error (lesson 8), so the update will *add* them; the bias changes are sums over
# the samples (down each column: numpy's `axis=0`, R's `colSums`), one number per unit.

my_backward <- function(X, y, params, cache) {
  # Steps 5-11. y is n x k; cache holds hidden_activations (n x h) and output
  # (n x k). Return a list of ten: E, slope_output, d_output (n x k);
  # slope_hidden, error_hidden, d_hidden (n x h); dwout (h x k), dbout (1 x k),
  # dwh (d x h), dbh (1 x h) (a vector of the right length will do).
  stop("your code here")
}

passed <- check_backward(my_backward)

# ## The update: steps 10 and 11, applied

my_update_params <- function(params, grads, lr) {
  # Steps 10-11: each of wh, bh, wout, bout plus lr times its change (dwh,
  # dbh, ...). Return NEW parameters, a list with the same four names and
  # shapes (R never changes the caller's list anyway).
  stop("your code here")
}

passed <- check_update(my_update_params)

# ## Training: the loop
#
# Each epoch: a forward pass, the loss **from that pass, before the update**, a backward pass,
# and the update, whose result you keep. The loss is half the mean square of the error,
# mean((y - output)^2) / 2, so lesson 1's MSE is twice the loss.

my_train <- function(X, y, params, lr, epochs) {
  # Train for epochs epochs with my_forward, my_backward and my_update_params.
  # Return list(params = the trained parameters, loss = the epochs' losses).
  stop("your code here")
}

passed <- check_train(my_train)

# ## What a verdict says when something is wrong
#
# Here is tutorial 003's own mistake, made on purpose: the hidden bias change summed along each
# row (over the hidden units) instead of down each column (over the samples). The checker names
# the first step that differs and what differs (here the shape: 5 numbers, one per sample of its
# problem, where 4, one per hidden unit, belong; where the values differ it prints the entry and
# both values), and the mistake it looks like.

rows_backward <- function(X, y, params, cache) {
  grads <- backward(X, y, params, cache)
  grads$dbh <- rowSums(grads$d_hidden) # over units: one number per sample
  grads
}

passed <- check_backward(rows_backward)

# **What to try next**
#
# - Fill in each blank until every checker passes; the solutions are in `course/solutions/` of
#   the repository, but read a verdict first.
# - Make a classic mistake on purpose in your `my_backward` and read the verdict: `E = output - y`
#   (a flipped sign), `slope_output` from `output_layer_input` (the pre-activation), or step 9
#   without `slope_hidden`.
# - In `my_train`, call `my_update_params(params, grads, lr)` without keeping its result, or
#   record the loss after the update: each gets its own hint.
# - Add the bias wrongly on purpose in `my_forward`: in R as `X %*% params$wh + params$bh` (R
#   refuses to add a 1 x h matrix to an n x h one), in Python as `X @ params["wh"] + params["bh"].T`
#   (an h x 1 column, which numpy cannot add to every row). Each gets a hint on how to add a bias
#   to every row.
#
# Keep open: [glossary](../reference/glossary.md), [numpy <-> R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).
