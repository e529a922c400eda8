# Lesson 8: why backpropagation is what it is.
#
# Run it: demo("lesson08_derivation", package = "scratchnet")

# *From tutorial 003: Sunil Ray, "Understanding and Coding Neural Networks From Scratch in Python and R" (Analytics Vidhya, 2017, updated 2020): its steps 0-11 and its derivation by the chain rule, worked through with numbers.*
#
# **What you will learn**
#
# - the chain from the inputs to the loss, with the shape of every array and where each weight enters
# - one path through the chain rule, with pencil-and-paper numbers: E * slope = d_output
# - the index form of each matrix product: `t(H) %*% d_output` *is* a sum over the samples
# - why the bias changes sum over samples (`colSums`), and what tutorial 003's R code got wrong
# - why `backward`'s changes are *minus* the gradient, and why the update adds them
# - why the steps run in their order, and what goes wrong if `wout` is updated too early
# - how to check a gradient yourself with finite differences
#
# **What you need to know**
#
# - lessons 6 and 7 (the steps 0-11 of one epoch)
# - what a derivative is, and the chain rule: the derivative of f(g(x)) is f'(g(x)) * g'(x)
#
# Every number below is computed on the toy problem (tutorial 003's X and y) from seed 42, in the first epoch, with lr 0.1: the epoch lesson 7 wrote out.
#
# ## The first epoch
#
# The same start as lesson 7: tutorial 003's toy data, seed 42, three hidden units. `forward` runs steps 2-4 and `backward` steps 5-9 with the changes of steps 10-11; this lesson takes their arrays apart. In the formulas, H is the hidden activations, O the output (the code's `output`), and A * B between two matrices is their matrix product (`A %*% B`).

library(scratchnet)

toy <- load_dataset("toy")
X <- toy$X
y <- toy$y
seed <- 42
lr <- 0.1
params <- init_params(ncol(X), 3, ncol(y), seed = seed)
wout <- params$wout # step 8 needs it
cache <- forward(X, params) # steps 2-4
grads <- backward(X, y, params, cache) # steps 5-9, and 10-11's changes
H <- cache$hidden_activations
output <- cache$output
cat("X", dim(X), "H", dim(H), "output", dim(output), "\n")

# ## The loss it differentiates
#
# The trainers *report* L, the mean of (y - O)^2/2 over all n * k entries. Backpropagation differentiates the *sum* S = sum (y - O)^2/2 = n * k * L: the changes of steps 10-11 are sums over the samples. Gradient descent moves each weight against dS/dw; `backward` returns each weight's *change*, -dS/dw, under the names `dwh`, `dbh`, `dwout` and `dbout`, and the update adds lr times it.

n <- nrow(y)
k <- ncol(y)
L <- loss(y, output) # what training reports
S <- sum((y - output)^2) / 2 # what backward differentiates
cat(sprintf("L = %.6f, S = %.6f, n * k * L = %.6f\n", L, S, n * k * L))

# ## The chain, drawn
#
# Forward, each array is made from the one before it: Z_h = X * wh + bh (step 2), H = sigma(Z_h) (step 3), Z_o = H * wout + bout and O = sigma(Z_o) (step 4), and the loss S from O. `wh` enters at Z_h, `wout` at Z_o. Backward runs the same chain from right to left; under each array is the name the code gives to minus the derivative of S by it.

#| fig.width = 8, fig.height = 2.5
nodes <- c("X", "Z_h", "H", "Z_o", "O", "S")
shapes <- list(dim(X), dim(H), dim(H), dim(output), dim(output), c(1, 1))
edges <- c("%*% wh + bh", "sigmoid", "%*% wout + bout", "sigmoid",
           "sum (y - O)^2 / 2")
backward_names <- c("", "d_hidden", "error_hidden", "d_output", "E", "")
x <- 2 * (seq_along(nodes) - 1)
plot.new()
par(mar = c(0, 0, 0, 0))
plot.window(xlim = c(-0.8, 10.8), ylim = c(-1.5, 1.5))
rect(x - 0.6, -0.6, x + 0.6, 0.6)
text(x, 0, paste0(nodes, "\n", vapply(shapes, paste, "", collapse = " x ")))
text(x, -1.1, backward_names, col = "firebrick", cex = 0.8)
arrows(x[-6] + 0.6, 0, x[-1] - 0.6, 0, length = 0.08)
text(x[-6] + 1, 0.9, edges, cex = 0.7)

# ## Steps 5 to 7: one path, by hand
#
# Start at the loss and go left. For one sample, S has the term (y - O)^2/2, whose derivative by O is -(y - O): so step 5's E = y - O is *minus* the gradient, and every change below is minus a gradient too. Next, O = sigma(Z_o), and the sigmoid's derivative is sigma(z)(1 - sigma(z)) = O(1 - O) (step 6: computed from the *output*; passing Z instead is the classic bug). The chain rule multiplies the two: step 7's d_output = E * O(1 - O) = -dS/dZ_o. For the first sample (row 1), with the numbers rounded to four places:

i <- 1 # the first sample
E <- y - output # step 5: minus dS/dO
slope_output <- output * (1 - output) # step 6: dO/dZ_o, from the output
d_output <- E * slope_output # step 7: minus dS/dZ_o
at <- sprintf("[%d, 1]", i) # the entry, as R indexes it
cat(sprintf("E%s = %.4f, slope_output%s = %.4f\n", at, E[i, 1], at,
            slope_output[i, 1]))
cat(sprintf("d_output%s = %.4f x %.4f = %.4f\n", at, E[i, 1],
            slope_output[i, 1], d_output[i, 1]))
cat(sprintf("backward's d_output%s = %.4f\n", at, grads$d_output[i, 1]))

# So the first sample's d_output is 0.0970 * 0.0876 = 0.0085: its output is a little below its target 1, and the sigmoid is fairly flat there, so the push on Z_o is small.
#
# ## Steps 8 and 9: one hidden entry
#
# Z_o = H * wout + bout, so hidden unit j of sample i reaches the output through wout[j]: the derivative of Z_o[i] by H[i, j] is wout[j]. Step 8: error_hidden[i, j] = d_output[i] * wout[j] = -dS/dH[i, j]. Step 9 goes through the hidden sigmoid the way step 7 went through the output's: d_hidden[i, j] = error_hidden[i, j] * H[i, j](1 - H[i, j]) = -dS/dZ_h[i, j]. For the first sample and the first hidden unit, with d_output and error_hidden to six places so that each product shown is true at its rounding:

j <- 1 # the first hidden unit
error_hidden_ij <- d_output[i, 1] * wout[j, 1] # step 8, one entry
slope_hidden_ij <- H[i, j] * (1 - H[i, j]) # step 6, from the activation
d_hidden_ij <- error_hidden_ij * slope_hidden_ij # step 9, one entry
at <- sprintf("[%d, %d]", i, j)
cat(sprintf("error_hidden%s = %.6f x %.4f = %.6f\n", at, d_output[i, 1],
            wout[j, 1], error_hidden_ij))
cat(sprintf("d_hidden%s = %.6f x %.4f = %.6f\n", at, error_hidden_ij,
            slope_hidden_ij, d_hidden_ij))
cat(sprintf("backward's: %.6f and %.6f\n", grads$error_hidden[i, j],
            grads$d_hidden[i, j]))

# ## Step 10: a weight's change sums over the samples
#
# wout[j] enters Z_o[i] for *every* sample i, as H[i, j] * wout[j]; S adds up the samples, so its derivative adds up their terms: dwout[j] = sum_i H[i, j] * d_output[i]. Likewise the weight wh[a, j], from input a to hidden unit j, enters Z_h[i, j] as X[i, a] * wh[a, j], so dwh[a, j] = sum_i X[i, a] * d_hidden[i, j]. For the first hidden unit and the first input, three samples, three terms each:

d_hidden <- grads$d_hidden
terms_out <- H[, j] * d_output[, 1] # one term per sample
terms_h <- X[, 1] * d_hidden[, j]
written_sum <- function(terms) { # "a - b + c", each sign once; -0 as 0
  text <- paste(ifelse(terms < 0, "-", "+"), sprintf("%.6f", abs(terms)),
                collapse = " ")
  sub("^[+] ", "", text)
}
cat("each sample's first input:", X[, 1], "\n")
cat(sprintf("dwout[%d, 1] =", j), written_sum(terms_out),
    sprintf("= %.6f\n", sum(terms_out)))
cat(sprintf("dwh[1, %d] =", j), written_sum(terms_h),
    sprintf("= %.6f\n", sum(terms_h)))
cat(sprintf("backward's: %.6f and %.6f\n", grads$dwout[j, 1], grads$dwh[1, j]))

# The third sample's first input is 0, so it adds nothing to `dwh[1, 1]`: a weight only learns from the samples whose input it multiplies.
#
# ## The index form: each matrix product is one of these sums
#
# Written for every entry at once, those sums are matrix products. H^T * d_output (`t(H) %*% d_output`) is h * n times n * k: entry [j, c] is sum_i H[i, j] * d_output[i, c], the sum over samples above. Here it is as loops, and as the product:

h <- ncol(H)
dwout_loop <- matrix(0, h, k)
for (unit in seq_len(h)) {
  for (out in seq_len(k)) {
    dwout_loop[unit, out] <- sum(H[, unit] * d_output[, out]) # over the samples
  }
}
cat("loops:           ", round(dwout_loop, 6), "\n")
cat("t(H) %*% d_output:", round(t(H) %*% d_output, 6), "\n")

# The other products read the same way. Step 8's d_output * wout^T (`d_output %*% t(wout)`) is n * k times k * h: error_hidden[i, j] = sum_c d_output[i, c] * wout[j, c], a sum over the *outputs*, because each hidden unit feeds every output (with one output, k = 1, the sum has one term, as above). Step 10's X^T * d_hidden (`t(X) %*% d_hidden`, or `crossprod(X, d_hidden)`) is d * n times n * h = d * h, the shape of `wh`: the sum over samples again. The inner sizes must agree, and the outer ones are the answer's shape:

products <- list(
  "t(H) %*% d_output" = list(t(H), d_output),
  "d_output %*% t(wout)" = list(d_output, t(wout)),
  "t(X) %*% d_hidden" = list(t(X), d_hidden)
)
shape <- function(m) paste(dim(m), collapse = " x ")
for (name in names(products)) {
  a <- products[[name]][[1]]
  b <- products[[name]][[2]]
  cat(sprintf("%s: %s times %s gives %s\n", name, shape(a), shape(b),
              shape(a %*% b)))
}

# ## Step 11: the bias sums
#
# A bias is added to every sample's row, so its change is its delta **summed over the rows (samples)**: one number per hidden unit (`colSums(d_hidden)`). Tutorial 003's R code used `rowSums`, a sum over the hidden units, which gives one number per *sample*: a different, wrong network. Both, from the first epoch's `d_hidden`:

writeLines("over samples (right), one per hidden unit:")
writeLines(paste(sprintf("%.6f", colSums(d_hidden)), collapse = " "))
writeLines("over units (tutorial 003's R), one per sample:")
writeLines(paste(sprintf("%.6f", rowSums(d_hidden)), collapse = " "))
cat("backward's dbh:", sprintf("%.6f", grads$dbh), "\n")

# ## Why the steps run in this order
#
# Each step needs what the one before it computed: d_output (step 7) needs E and the output's slope; the output side's changes (steps 10-11: `dwout`, `dbout`) need d_output; step 8 needs d_output *and* `wout`; step 9 needs step 8; the hidden side's changes need d_hidden. So the order is 5, 6, 7, 10-11 for the output side, 8, 9, 10-11 for the hidden side, and the package computes every change before it moves any weight.
#
# Step 8 must use `wout` as it was in the forward pass, *before* it is updated: the gradient is taken where the network is. Update `wout` first and step 8 sends the error back through weights that did not make it:

wout_updated <- wout + lr * grads$dwout # step 10's output side, done too early
slope_hidden <- H * (1 - H)
dwh_right <- t(X) %*% ((d_output %*% t(wout)) * slope_hidden)
dwh_wrong <- t(X) %*% ((d_output %*% t(wout_updated)) * slope_hidden)
cat(sprintf("dwh[1, %d] with wout before its update: %.8f\n", j,
            dwh_right[1, j]))
cat(sprintf("dwh[1, %d] with wout after its update:  %.8f\n", j,
            dwh_wrong[1, j]))

# Which one is right? The last chunk measures it.
#
# ## The update
#
# Each weight w becomes w + lr * dw = w - lr * dS/dw, where dw is `backward`'s change (`dwh`, `dbh`, `dwout` or `dbout`): one step downhill. Textbooks write the same step as w - lr * dw with dw the *gradient*; give that formula `backward`'s changes, which already carry the minus sign, and every step goes uphill. The learning rate appears once; tutorial 003's step list multiplies `d_output` by it at step 7 *and* again in the update, so every weight would move by lr^2 times its change.
#
# ## Check it yourself: finite differences
#
# Nudge one weight by a tiny eps both ways and measure the summed loss: (S(w + eps) - S(w - eps)) / 2eps approximates dS/dw. Minus it must equal backward's change, and it tells the right order from the wrong one. `weight` and `entry` name the weight nudged, and the labels follow them:

weight <- "wh" # the weight to nudge: wh[1, 1]
entry <- c(1, 1)
summed_at <- function(nudge) { # S (n * k times the loss), one weight moved
  p <- params
  p[[weight]][entry[1], entry[2]] <- p[[weight]][entry[1], entry[2]] + nudge
  length(y) * loss(y, predict_output(X, p))
}
step <- 1e-6 # epsilon
numeric <- (summed_at(step) - summed_at(-step)) / (2 * step)
label <- sprintf("%s[%d, %d]", weight, entry[1], entry[2])
change <- grads[[paste0("d", weight)]][entry[1], entry[2]]
texts <- c(sprintf("minus dS/d%s by finite differences:", label),
           sprintf("backward's d%s:", label))
writeLines(paste(format(texts), sprintf("%.8f", c(-numeric, change))))

# The measured slope agrees with backward's change, and with `wout` taken before its update; the other order is off in the fourth significant digit.
#
# **What to try next**
#
# - In the finite-difference chunk, nudge an entry of `wout` instead: set `weight <- "wout"` and `entry <- c(2, 1)`. The labels follow, and the measured slope agrees with backward's `dwout` to the printed digits.
# - In the same chunk, set `step <- 1e-2`, then `step <- 1e-12`: the first is too coarse (the curve bends within the step) and misses backward's change in its last digit (0.00107826); the second drowns in rounding and misses it in the fourth significant digit (0.00108247), a miss about as large as the one that tells the wrong order (0.00107096), while 1e-6 matches.
# - In the first chunk, change `seed`: every number changes, and every identity holds (E * slope = d_output, the sums equal the products, the right order matches the finite differences).
# - Derive another activation's slope: in the one-path chunk, add `z <- 0.5` and print `(tanh(z + 1e-6) - tanh(z - 1e-6)) / 2e-6` beside `1 - tanh(z)^2`: they agree to about ten digits, so tanh's slope is 1 - a^2 from its activation a = tanh(z), and a tanh hidden layer's step 9 would multiply by `1 - H^2` where the sigmoid's multiplies by `H * (1 - H)`.
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 8's code, made from the course's one source (course/lessons/08_derivation.md in the scratchnet repository).
