# Lesson 7: the notebook walkthrough, one step at a time.
#
# Run it: demo("lesson07_notebook", package = "scratchnet")

# *From tutorial 003: Sunil Ray, "Understanding and Coding Neural Networks From Scratch in Python and R" (Analytics Vidhya, 2017, updated 2020), its notebook part.*
#
# **What you will learn**
#
# - every intermediate of one epoch, steps 0 to 11, each array with its shape
# - what the network does without its biases, at two learning rates
# - to scale a dataset (moons) to [0, 1], train on it and draw its decision boundary
# - why a loss printed every 1000 epochs can hide what happens epoch by epoch
# - the tutorial's exercise, solved: three classes of blobs
#
# **What you need to know**
#
# - lessons 1 to 6: the neuron, the sigmoid, the half mean squared error, full-batch training
#
# The tutorial's notebook debugs the network the way a programmer debugs code: it runs one epoch by hand and prints every array and its shape. This lesson does the same, one or two steps per chunk, with tutorial 003's toy data. One difference: the notebook transposes its data so that each *column* is a sample; here, as in the tutorial's first program and in the package, each *row* is a sample, so every shape below is the transpose of the notebook's.
#
# ## Step 0: the data
#
# Three samples of four inputs each, and one target per sample. `X` is n * d, 3 * 4 here, and `y` is n * k, 3 * 1.

library(scratchnet)

toy <- load_dataset("toy")
X <- toy$X # one row per sample
y <- toy$y
cat("X", dim(X), "\n")
print(X)
cat("y", dim(y), "\n")
print(y)

# ## Step 1: the start weights
#
# One hidden layer of three units. `init_params` draws every weight and bias uniformly between 0 and 1 from a seed (the same seed, the same numbers): `wh` is d * h (one column per hidden unit), `bh` 1 * h, `wout` h * k and `bout` 1 * k.

seed <- 42 # another seed draws other start weights
n_hidden <- 3 # hidden units
params <- init_params(ncol(X), n_hidden, ncol(y), seed = seed)
wh <- params$wh
bh <- params$bh
wout <- params$wout
bout <- params$bout
for (name in param_names) {
  cat(name, dim(params[[name]]), "\n")
  print(params[[name]])
}

# ## Steps 2 and 3: the hidden layer
#
# Step 2 multiplies the inputs by the hidden weights and adds the hidden biases: an n * d matrix times a d * h one (`X %*% wh`) is n * h, one row per sample, one column per hidden unit, and `bh` is added to every row (R does not stretch a 1 * h matrix over n rows, so `rep(bh, each = n)` repeats each bias n times, which fills the n * h matrix column by column). Step 3 squashes each entry with the sigmoid.

n <- nrow(X)
# Step 2: hidden layer input = X . wh + bh
hidden_layer_input <- X %*% wh + rep(bh, each = n)
# Step 3: hidden activations = sigmoid(hidden layer input)
hidden_activations <- sigmoid(hidden_layer_input)
cat("hidden_layer_input", dim(hidden_layer_input), "\n")
print(hidden_layer_input)
cat("hidden_activations", dim(hidden_activations), "\n")
print(hidden_activations)

# ## Step 4: the output, and how wrong it is
#
# The same again, one layer up: n * h times h * k is n * k, plus `bout`, then the sigmoid. The untrained network says about 0.9 for every sample: close to the targets of the first two samples (1), far from the third's (0). The loss is half the mean of the squared differences.

# Step 4: output = sigmoid(hidden activations . wout + bout)
output_layer_input <- hidden_activations %*% wout + rep(bout, each = n)
output <- sigmoid(output_layer_input)
cat("output", dim(output), "\n")
print(output)
cat(sprintf("loss: %.6f\n", loss(y, output)))

# ## Steps 5 to 7: the error and the output delta
#
# Step 5 is the error, target minus output. Step 6 is the slope of each layer's sigmoid, computed from its *activation* a as a(1 - a). Step 7 multiplies them entry by entry: the output delta, how much and which way each output should move.

E <- y - output # Step 5
slope_output <- sigmoid_slope(output) # Step 6, from the activations
slope_hidden <- sigmoid_slope(hidden_activations)
d_output <- E * slope_output # Step 7, entry by entry
arrays <- list(E = E, slope_output = slope_output, d_output = d_output)
for (name in names(arrays)) {
  cat(name, dim(arrays[[name]]), "\n")
  print(arrays[[name]])
}

# ## Steps 8 and 9: the error sent back to the hidden layer
#
# Each hidden unit fed the output through its weight in `wout`, so it gets its share of the output delta through that weight: `d_output` (n * k) times the transpose of `wout` (k * h, `t(wout)`) is n * h. Step 9 multiplies by the hidden slope.

error_hidden <- d_output %*% t(wout) # Step 8
d_hidden <- error_hidden * slope_hidden # Step 9
arrays <- list(error_hidden = error_hidden, d_hidden = d_hidden)
for (name in names(arrays)) {
  cat(name, dim(arrays[[name]]), "\n")
  print(arrays[[name]])
}

# ## Steps 10 and 11: the update
#
# Each weight moves by the learning rate times its change. A change is *minus* the gradient of the half squared error summed over the samples, so the update adds it (lesson 4 showed the sign; lesson 8 derives it). The change of `wout` is `t(hidden_activations) %*% d_output`, h * n times n * k = h * k, the shape of `wout`; the change of `wh` is `t(X) %*% d_hidden`, d * h. A bias is added to every sample, so its change is its delta summed over the samples, down each column (for `bout`, `colSums(d_output)`).

lr <- 0.1 # the learning rate
wout_new <- wout + t(hidden_activations) %*% d_output * lr # Step 10
wh_new <- wh + t(X) %*% d_hidden * lr
bout_new <- bout + colSums(d_output) * lr # Step 11
bh_new <- bh + colSums(d_hidden) * lr
arrays <- list(wout = wout_new, wh = wh_new, bout = bout_new, bh = bh_new)
for (name in names(arrays)) {
  cat(name, "(new)", dim(arrays[[name]]), "\n")
  print(arrays[[name]])
}

# ## The same epoch, by the package
#
# The package's `forward`, `backward` and `update_params` are these very steps. Run them on the same start, and the new weights are ours exactly (the largest difference is 0); the loss after this one epoch is a little lower. `trace_lines(trace_epoch(...))` prints every array of the epoch at once; here only its headings, as a summary: each step, its array and its shape.

new <- update_params(params, backward(X, y, params, forward(X, params)), lr)
ours <- list(wh = wh_new, bh = bh_new, wout = wout_new, bout = bout_new)
for (name in param_names) {
  cat(sprintf("%s: largest difference %g\n", name,
              max(abs(new[[name]] - ours[[name]]))))
}
cat(sprintf("loss after one epoch: %.6f\n", loss(y, predict_output(X, new))))
trace <- trace_lines(trace_epoch(X, y, params, lr))
writeLines(trace[startsWith(trace, "step")])

# ## Without biases
#
# The tutorial's notebook leaves the biases out "for simplicity", and trains for 1000 epochs with a learning rate of 0.01. `train_without_biases` does that: the same steps, with `bh` and `bout` held at zero. Here it runs at the notebook's rate and at ten times it, from the same start weights; the loss every 100 epochs. Its first loss, 0.121578, is not the 0.136773 of step 4: the start weights are the same, but without their biases the outputs are other numbers. The last two lines look at the run at the largest rate:

learning_rates <- c(0.01, 0.1) # the notebook's rate, and ten times it
epochs <- 1000
runs <- lapply(learning_rates, function(rate) {
  train_without_biases(X, y, params, rate, epochs)
})
for (epoch in seq(0, epochs - 1, by = 100)) {
  losses <- vapply(runs, function(run) run$loss[epoch + 1], numeric(1))
  cat(sprintf("epoch %4d", epoch), sprintf("%.6f", losses), "\n")
}
largest <- runs[[which.max(learning_rates)]] # the run at the largest rate
cat("bh after training:", largest$params$bh, "\n")
trained_output <- predict_output(X, largest$params)
cat("output after training:", round(trained_output, 4), "\n")

# Both learn; the larger rate takes larger steps downhill and gets much further in 1000 epochs. The notebook plots its error to see how training went; the package's `plot_loss_curves` draws both runs on one axis (a log scale, so the later, smaller losses stay visible):

curves <- lapply(runs, function(run) run$loss)
names(curves) <- paste("lr", learning_rates)
plot_loss_curves(curves, "toy data without biases")

# ## Moons, scaled to [0, 1]
#
# Next the notebook trains on a different dataset: two interleaving half-moons of 1000 points, two inputs each, and a target of 0 or 1. It first *normalises* the inputs: `min_max_scale` maps each column onto [0, 1] by subtracting its smallest value and dividing by its range, (x - min) / (max - min).

moons <- load_dataset("moons")
X_moons <- min_max_scale(moons$X)
y_moons <- moons$y
cat("X", dim(X_moons), "y", dim(y_moons), "\n")
cat("smallest of each column, before:", apply(moons$X, 2, min), "\n")
cat("largest of each column, before: ", apply(moons$X, 2, max), "\n")
cat("smallest and largest after:", apply(X_moons, 2, min),
    apply(X_moons, 2, max), "\n")

# ## Training on moons
#
# Ten hidden units this time, learning rate 0.01, 10000 epochs, full batch; the loss every 1000 epochs, as the notebook prints it, and the share of points on the right side of 0.5 at the end. Ten thousand passes over 1000 points take a while, so the moons runs use `train_fast`: the same steps 2-11 as `train`, rearranged for speed, giving the same numbers up to rounding (swap in `train`: the same numbers, a slower chunk).

n_hidden_moons <- 10
lr_moons <- 0.01
epochs_moons <- 10000
start_moons <- init_params(2, n_hidden_moons, 1, seed = seed)
moons_run <- train_fast(X_moons, y_moons, start_moons, lr_moons, epochs_moons)
for (epoch in seq(0, epochs_moons - 1, by = 1000)) {
  cat(sprintf("Error at epoch %d is %.5f\n", epoch, moons_run$loss[epoch + 1]))
}
cat(sprintf("training accuracy: %.1f%%\n", 100 * moons_run$accuracy))

# The loss sits near 0.042 for thousands of epochs, then falls again: the network crosses a plateau, where most points are already right and the rest take a long time to find.
#
# ## The decision boundary
#
# Where the output crosses 0.5 the network changes its answer: that line is the *decision boundary*. `plot_decision_boundary` computes the output over a grid of the plane and colours it, with the points on top.

plot_decision_boundary(X_moons, y_moons, moons_run$params, "moons (scaled)")

# ## Every epoch, not every 1000th
#
# The loss printed every 1000 epochs fell every time. Epoch by epoch it does not: `diff(loss)` is each epoch's loss minus the one before, and a positive difference is a rise. Count them, list the epochs where the loss went up, and draw the first 60 epochs:

loss_moons <- moons_run$loss
rises <- diff(loss_moons) > 0
cat("rises:", sum(rises), "\n")
cat("epochs whose loss is above the one before:", which(rises), "\n")
plot(0:59, loss_moons[1:60], type = "b", pch = 20, xlab = "epoch",
     ylab = "loss", main = sprintf("moons, lr %g: the first 60 epochs",
                                   lr_moons))

# For its first few dozen epochs the loss zig-zags: one epoch's step overshoots the bottom of the valley, the next comes back, until the steps settle. The update *sums* the changes over all 1000 samples, so a learning rate that is gentle for 3 samples takes big steps here.
#
# ## A larger learning rate
#
# Now five times the rate, lr 0.05, for 3000 epochs from the same start. Epoch by epoch, the two runs have little in common. First both losses every 100 epochs, up to epoch 300:

lr_large <- 0.05
epochs_large <- 3000
large <- train_fast(X_moons, y_moons, start_moons, lr_large, epochs_large)
fast <- large$loss # lr 0.05
slow <- loss_moons[1:epochs_large] # lr 0.01
for (epoch in seq(0, 300, by = 100)) {
  cat(sprintf("epoch %d: lr %g %.5f, lr %g %.5f\n", epoch, lr_moons,
              slow[epoch + 1], lr_large, fast[epoch + 1]))
}

# Then a few facts about all 3000 epochs of lr 0.05: whether the loss printed every 1000 epochs falls, how it compares with lr 0.01 early on, its rises epoch by epoch, and where it ends.

every_1000th <- fast[seq(1, epochs_large, by = 1000)]
rise_epochs <- which(diff(fast) > 0)
worse_early <- mean(fast[1:1000] > slow[1:1000]) > 0.5 # most of the first 1000
cat("each 1000th loss below the one before:", all(diff(every_1000th) < 0), "\n")
cat(sprintf("above lr %g in most of the first 1000 epochs:", lr_moons),
    worse_early, "\n")
cat("more than 100 rises:", length(rise_epochs) > 100, "\n")
cat("the last rise before epoch 1500:", max(rise_epochs) < 1500, "\n")
cat(sprintf("last loss at lr %g: %.3f\n", lr_moons, slow[epochs_large]))
cat(sprintf("last loss at lr %g below 0.001:", lr_large),
    fast[epochs_large] < 0.001, "\n")

# The picture of the 3000 epochs, on a log scale:

epoch_axis <- seq_len(epochs_large) - 1
plot(epoch_axis, slow, type = "l", log = "y", ylim = range(slow, fast),
     xlab = "epoch", ylab = "loss",
     main = sprintf("moons: the first %d epochs", epochs_large))
lines(epoch_axis, fast, col = "red", lwd = 0.8)
legend("topright", legend = paste("lr", c(lr_moons, lr_large)),
       col = c("black", "red"), lty = 1)

# The loss printed every 1000 epochs falls every time, as at lr 0.01; between the prints, the picture tells another story. The larger steps first throw the network out of the valley: by epoch 100 its loss is back up near 0.25, where it answers the same for every point, and it sits there for about 300 epochs, with a few short dips, while lr 0.01 is already down near 0.042. Then it falls to the same plateau as lr 0.01; in most of the first 1000 epochs it is the worse of the two. Only then does the larger rate pay: somewhere after epoch 1000 it leaves the plateau that lr 0.01 stays on, falling steeply in a thick band of rises and falls (each step overshoots and the next comes back), the last rise before epoch 1500; after that the loss falls smoothly, to below 0.001 by epoch 3000, where lr 0.01 is still at 0.042. A larger rate is not simply faster: here it is slower at first, and far better later.
#
# Why does the chunk print no count of the rises, and no loss after epoch 300? This run is *chaotic*: at each jump the last digit of rounding decides how far the network is thrown, and the difference grows. This course runs in Python and in R, and numpy and R round differently in the last digit, so each language counts its own few hundred rises and leaves the plateau at its own epoch; only the coarse facts above are the same in both. At lr 0.01 rounding makes no visible difference.
#
# ## Exercise: blobs, solved
#
# The notebook ends with an exercise: train the same network on "blobs", points in three clusters. Three classes need three outputs: each target is a *one-hot* row, 1 in its class's column and 0 elsewhere, so `y` is n * 3 and `wout` h * 3. Nothing else changes: every step above works for any k. First the data, scaled as moons was:

blobs <- load_dataset("blobs")
X_blobs <- min_max_scale(blobs$X)
y_blobs <- blobs$y
cat("X", dim(X_blobs), "y", dim(y_blobs), "\n")
cat("first three targets:\n")
print(y_blobs[1:3, ])

# The solution: train with 5 hidden units at lr 0.03 for 2000 epochs. A point counts as right when its largest output is in its class's column.

n_hidden_blobs <- 5
lr_blobs <- 0.03
epochs_blobs <- 2000
start_blobs <- init_params(2, n_hidden_blobs, ncol(y_blobs), seed = seed)
blobs_run <- train(X_blobs, y_blobs, start_blobs, lr_blobs, epochs_blobs)
every_500th <- blobs_run$loss[seq(1, epochs_blobs, by = 500)] # epochs 0, 500, ...
cat("loss at epochs 0, 500, 1000, 1500:", sprintf("%.5f", every_500th), "\n")
cat(sprintf("training accuracy: %.1f%%\n", 100 * blobs_run$accuracy))

# With several outputs, the boundary picture colours each part of the plane by the class of the largest output:

plot_decision_boundary(X_blobs, y_blobs, blobs_run$params, "blobs (scaled)")

# **What to try next**
#
# - In the chunk "Step 1: the start weights", set `seed <- 7` and run the chunks down to "The same epoch, by the package" again: every number changes, every shape stays, and the package still agrees with the steps written out (largest differences 0).
# - In the same chunk, set `n_hidden <- 5`: `wh` becomes 4 * 5, `wout` 5 * 1, and every hidden-layer array 3 * 5; the summary's shapes say so.
# - In the chunk "Without biases", add `1` to `learning_rates`, `c(0.01, 0.1, 1)`: at ten times 0.1 the loss after 1000 epochs is lower still.
# - In the chunk "Training on moons", train on the unscaled inputs `moons$X` with `lr_moons <- 0.1`: the loss rises to 0.25 and stays there, the accuracy is 50%, and `train_fast` warns twice (the loss rose; the loss stalled): every output is pushed to 1, where the sigmoid's slope is about 0 and nothing more is learned. Scaled, the same rate learns.
# - In the same chunk, set `epochs_moons <- 5000`: the run ends on the plateau, with 88% of the points right, and `train_fast` warns that the loss stalled.
# - In the blobs training chunk, set `n_hidden_blobs <- 2`: three clusters this clear are still all classified right.
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 7's code, made from the course's one source (course/lessons/07_notebook.md in the scratchnet repository).
