# R's default random numbers, drawn from a seed without touching the caller's.
#
# Why this file exists: the same integer seed must give the same start weights
# in R and in Python, exactly, without shipping weight files. Here that is just
# set.seed() then runif() on R's default kinds (Mersenne-Twister, Inversion);
# python/src/scratchnet/rng.py rebuilds the same generator state with numpy.
# The caller's .Random.seed is left as it was found: no global state leaks.
# Only runif() is covered: rnorm() and sample() are deliberately left out.

#' Check a seed
#'
#' @param seed A whole number in \[-(2^31 - 1), 2^31 - 1\]; doubles such as 42
#'   are accepted, as `set.seed()` accepts them.
#' @return The seed as an integer; a `scratchnet_error` otherwise.
#' @export
check_seed <- function(seed) {
  seed_max <- 2147483647
  ok <- is.numeric(seed) && length(seed) == 1 && is.finite(seed) &&
    seed == round(seed) && abs(seed) <= seed_max
  if (!ok) {
    stop(scratchnet_error(sprintf(
      "seed must be an integer in [-%.0f, %.0f], got %s",
      seed_max, seed_max, paste(deparse(seed), collapse = " ")
    )))
  }
  as.integer(seed)
}

#' The first n numbers of set.seed(seed); runif(n)
#'
#' @param n How many numbers, n >= 0.
#' @param seed An integer in \[-(2^31 - 1), 2^31 - 1\] (see [check_seed()]).
#' @return A numeric vector of length n, values in (0, 1); the caller's
#'   `.Random.seed` is restored (or removed, if there was none).
#' @export
runif_from_seed <- function(n, seed) {
  seed <- check_seed(seed)
  had_seed <- exists(".Random.seed", envir = globalenv(), inherits = FALSE)
  if (had_seed) saved <- get(".Random.seed", envir = globalenv())
  on.exit(
    if (had_seed) {
      assign(".Random.seed", saved, envir = globalenv())
    } else {
      rm(".Random.seed", envir = globalenv())
    }
  )
  set.seed(seed, kind = "Mersenne-Twister", normal.kind = "Inversion")
  stats::runif(n)
}
