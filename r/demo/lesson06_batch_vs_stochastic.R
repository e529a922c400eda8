# Lesson 6: full-batch versus stochastic gradient descent.
#
# Run it: demo("lesson06_batch_vs_stochastic", package = "scratchnet")

# *From tutorial 003, Sunil Ray, "Understanding and Coding Neural Networks From Scratch in Python and R" (Analytics Vidhya, 2017, updated 2020).*
#
# **What you will learn**
#
# - the full-batch update of the package's network: one step per epoch, the changes summed over the samples
# - stochastic gradient descent (lesson 4's way): one step per sample, each sample seeing the weights the previous one moved
# - how the two compare from the same start, in numbers and in a picture, and why they are identical for one sample
#
# **What you need to know**
#
# - lessons 1 to 4, in particular `forward`, `backward` and `update_params` (lesson 4): `backward` returns each weight's *change*, minus the gradient of the summed half squared error (the sum over the samples), and `update_params` adds the learning rate times each change to its weight
#
# ## The toy problem and one start
#
# Tutorial 003's data: three samples of four inputs (rows are samples), targets 1, 1 and 0; a network with 3 hidden units, trained at learning rate 0.1 for 5000 epochs. Both ways start from the same weights: `init_params(d, h, k, seed)` draws every weight and bias of a network with d inputs, h hidden units and k outputs uniformly between 0 and 1, the same numbers from the same seed.

library(scratchnet)

toy <- load_dataset("toy")
X <- toy$X  # 3 x 4
y <- toy$y  # 3 x 1
seed <- 42
hidden <- 3
start <- init_params(ncol(X), hidden, ncol(y), seed = seed)
cat(sprintf("%s -> %g\n", apply(X, 1, paste, collapse = " "), y[, 1]),
    sep = "")

# ## A full-batch step sums the samples' changes
#
# `backward` on all of X at once gives each weight's change as a sum over the samples. Take `dwout`, the change of the hidden-to-output weights. It is built from two arrays with a row per sample: H, the hidden activations, and `d_output`, each sample's *output delta* (its error, target minus output, times the sigmoid's slope at its output: how hard, and which way, the sample pushes its output; lesson 7 computes both step by step). `dwout` is H^T * d_output (`t(H) %*% d_output`), and each entry of that product adds up one term per sample (lesson 8 writes the sum out); `dbout` is `d_output` summed over the rows (`colSums(d_output)`). So the full-batch change is exactly the three one-sample changes added, all taken at the *same* weights:

grads <- backward(X, y, start, forward(X, start))  # all three samples at once
summed <- matrix(0, hidden, 1)
for (i in seq_len(nrow(X))) {
  x <- X[i, , drop = FALSE]  # one sample, as a 1 x 4 matrix
  target <- y[i, , drop = FALSE]
  summed <- summed + backward(x, target, start, forward(x, start))$dwout
}
cat("full batch dwout:      ", sprintf("%.6f", grads$dwout[, 1]), "\n")
cat("the three samples' sum:", sprintf("%.6f", summed[, 1]), "\n")

# ## A stochastic epoch moves between samples
#
# Stochastic gradient descent takes the same three changes one at a time and updates after each, so the second sample's change is computed at weights the first has already moved. That is the whole difference. One epoch written out, then the package's `train_sgd` for one epoch, and one full-batch step, compared on `wout`:

lr <- 0.1  # tutorial 003's learning rate
params <- start
for (i in seq_len(nrow(X))) {  # one update per sample, in order
  x <- X[i, , drop = FALSE]
  target <- y[i, , drop = FALSE]
  # this sample's change, at the weights the previous samples moved
  change <- backward(x, target, params, forward(x, params))
  params <- update_params(params, change, lr)
}
one_sgd_epoch <- train_sgd(X, y, start, lr, 1)$params
one_batch_step <- update_params(start, grads, lr)
cat("stochastic, by hand:  ", sprintf("%.8f", params$wout[, 1]), "\n")
cat("stochastic, train_sgd:", sprintf("%.8f", one_sgd_epoch$wout[, 1]), "\n")
cat("full batch, one step: ", sprintf("%.8f", one_batch_step$wout[, 1]), "\n")

# ## 5000 epochs each way
#
# `train` (full batch) and `train_sgd` (stochastic) from the same start, at the same rate, for tutorial 003's 5000 epochs. Each records the loss, half the mean squared error over the three samples, at the start of every epoch.

lr <- 0.1
epochs <- 5000
batch <- train(X, y, start, lr, epochs)
stochastic <- train_sgd(X, y, start, lr, epochs)
cat("epoch   full batch   stochastic\n")
for (epoch in c(seq(0, epochs - 1, by = 1000), epochs - 1)) { # and the last
  cat(sprintf("%5d   %.8f   %.8f\n", epoch, batch$loss[epoch + 1],
              stochastic$loss[epoch + 1]))
}
gap <- max(abs(batch$loss - stochastic$loss))
cat(sprintf("largest gap between the two losses: %.6f\n", gap))

# The package's `plot_loss_curves` draws both on a log scale, the second dashed over the first; given no file name, it draws here. You will not tell the two curves apart, and that is the point: the largest gap printed above is far too small to see at this scale.

plot_loss_curves(list("full batch" = batch$loss, stochastic = stochastic$loss),
                 "toy: full batch versus stochastic gradient descent")

# ## Where they end
#
# Both networks have learned the three targets; tutorial 003's full-batch run ends close to 0.98, 0.97 and 0.05 from its own random start.

batch_output <- predict_output(X, batch$params)[, 1]
stochastic_output <- predict_output(X, stochastic$params)[, 1]
cat("full batch   stochastic   target\n")
cat(sprintf("%.8f   %.8f   %g\n", batch_output, stochastic_output, y[, 1]),
    sep = "")
cat("tutorial 003's full batch: close to 0.98, 0.97, 0.05\n")

# ## With one sample, they are the same
#
# With a single sample, a full-batch epoch is one update on that sample, and so is a stochastic epoch: the two ways are the same algorithm, and compute the same numbers to the last bit.

X1 <- X[1, , drop = FALSE]  # the first sample alone
y1 <- y[1, , drop = FALSE]
start1 <- init_params(ncol(X), hidden, 1, seed = seed)
batch1 <- train(X1, y1, start1, lr, 20)
stochastic1 <- train_sgd(X1, y1, start1, lr, 20)
loss_gap <- max(abs(batch1$loss - stochastic1$loss))
wh_gap <- max(abs(batch1$params$wh - stochastic1$params$wh))
cat(sprintf("largest difference in loss: %g, in wh: %g\n", loss_gap, wh_gap))

# **What to try next**
#
# - In the chunk of the 5000 epochs, set `lr <- 0.01` (and run the chunks after it): both learn far less in 5000 epochs, and the largest gap between the curves shrinks, because smaller steps move the weights less between one sample and the next.
# - Set `lr <- 1` there instead: both learn faster, and the gap grows.
# - In the first chunk, set `hidden <- 10` and run every chunk: another start and a bigger network, both ways still ending within a few thousandths of each other.
# - In the last chunk, add `print(train_sgd)` (or just `train_sgd`), then the same for `train`: the two loops make the same three calls, `.forward`, `.backward` and `.update_params` (the twins of `forward`, `backward` and `update_params` that skip checking their arguments), `train` once an epoch on all of X, `train_sgd` once for each sample within the epoch.
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 6's code, made from the course's one source (course/lessons/06_batch_vs_stochastic.md in the scratchnet repository).
