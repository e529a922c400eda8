# Regenerate shared_data/rng_vectors.json: what R itself draws for a few seeds.
#
# Run from the top of the repository:   Rscript shared_data/make_rng_vectors.R
#
# The numbers come from plain set.seed() and runif(), not from scratchnet, so
# they are R's word on what the shared seed means. Python's
# scratchnet.rng.runif_from_seed and R's scratchnet::runif_from_seed are both
# tested against this file; the harness fails, naming this command, if R now
# draws something else.

rng_vectors_json <- function(seeds = c(0, 1, 42, -1, -42, 123456789,
                                       2147483647, -2147483647),
                             n = 12) {
  entries <- vapply(seeds, function(seed) {
    set.seed(seed, kind = "Mersenne-Twister", normal.kind = "Inversion")
    sprintf("    {\"seed\": %.0f, \"runif\": [%s]}", seed,
            paste(sprintf("%.17g", stats::runif(n)), collapse = ", "))
  }, character(1))
  paste0(
    "{\n  \"_comment\": \"R's set.seed(seed, kind = 'Mersenne-Twister', ",
    "normal.kind = 'Inversion'); runif(", n, ") for each seed, 17 significant ",
    "digits. Made by R ", format(getRversion()), ". Regenerate with: ",
    "Rscript shared_data/make_rng_vectors.R\",\n  \"vectors\": [\n",
    paste(entries, collapse = ",\n"), "\n  ]\n}\n"
  )
}

if (sys.nframe() == 0) {
  path <- file.path("shared_data", "rng_vectors.json")
  writeLines(rng_vectors_json(), path, sep = "")
  cat("wrote", path, "\n")
}
