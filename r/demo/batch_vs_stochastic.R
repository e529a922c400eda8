# Lesson 6: full-batch versus stochastic gradient descent (tutorial 003).
# R twin of python/src/scratchnet/lessons/batch_vs_stochastic.py; prints the
# same lines and draws the same plot with base graphics.
# Run from the top of the repository: Rscript r/demo/batch_vs_stochastic.R
# or in R: demo("batch_vs_stochastic", package = "scratchnet")
if (!requireNamespace("scratchnet", quietly = TRUE)) {
  .libPaths(c(file.path(getwd(), ".rlib"), .libPaths()))
}
library(scratchnet)

seed <- 42
hidden <- 3
lr <- 0.1
epochs <- 5000
print_every <- 500
figure <- "lesson6_batch_vs_stochastic_r.png"

data <- load_dataset("toy", shared_data_dir())
X <- data$X
y <- data$y
start <- init_params(ncol(X), hidden, ncol(y), seed)
batch <- train(X, y, start, lr, epochs)
stochastic <- train_sgd(X, y, start, lr, epochs)
batch_output <- predict_output(X, batch$params)
stochastic_output <- predict_output(X, stochastic$params)

lines <- c(
  "Lesson 6: full batch versus stochastic gradient descent (tutorial 003)",
  sprintf("toy data, seed %d, %d hidden units, lr %g, %d epochs", seed, hidden,
          lr, epochs),
  sprintf("%6s  %12s  %12s", "epoch", "full batch", "stochastic")
)
for (epoch in seq(0, epochs - 1, by = print_every)) {
  lines <- c(lines, sprintf("%6d  %12.8f  %12.8f", epoch,
                            batch$loss[epoch + 1], stochastic$loss[epoch + 1]))
}
lines <- c(lines, sprintf("%6s  %12s  %12s  target", "output", "full batch",
                          "stochastic"))
for (row in seq_len(nrow(y))) {
  lines <- c(lines, sprintf("%6d  %12.8f  %12.8f  %g", row, batch_output[row, 1],
                            stochastic_output[row, 1], y[row, 1]))
}
writeLines(c(lines,
  "The curves nearly coincide: the full-batch change is the *sum* of the three",
  "samples' changes, so one full-batch step is almost the three stochastic steps",
  "taken at once. Stochastic steps each follow one sample, then the next sample",
  "sees the moved weights: that is the whole difference here."))
plot_loss_curves(list("full batch" = batch$loss, stochastic = stochastic$loss),
                 "toy: full batch versus stochastic gradient descent",
                 file.path("figures", figure))
writeLines(paste0("wrote figures/", figure))
