/* test-chunker.c: content-defined chunks, the diff's first pass
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "diptych-chunker.h"
#include "diptych-hash.h"

/* Prose from a generated vocabulary, with a line break now and then. */
static char *
random_prose (GRand *rand,
              guint  n_words,
              guint  vocabulary_size)
{
  static const char *syllables[] = { "ka", "lo", "mi", "ra", "te", "sun", "dor", "vel", "an", "is" };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      guint word = g_rand_int_range (rand, 0, vocabulary_size);

      if (i > 0)
        g_string_append (s, g_rand_int_range (rand, 0, 12) == 0 ? "\n" : " ");
      do
        {
          g_string_append (s, syllables[word % G_N_ELEMENTS (syllables)]);
          word /= G_N_ELEMENTS (syllables);
        }
      while (word > 0);
      if (g_rand_int_range (rand, 0, 10) == 0)
        g_string_append (s, "\xE2\x80\x9D.");  /* ”. */
    }
  return g_string_free (s, FALSE);
}

/* The same words, every gap between them replaced at random. */
static char *
rewrap (GRand      *rand,
        const char *text)
{
  static const char *gaps[] = { " ", "\n", "\n\n", "  ", "\t", " \r\n" };
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  GString *s = g_string_new (g_rand_boolean (rand) ? "\n " : "");
  gboolean first = TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (!first)
        g_string_append (s, gaps[g_rand_int_range (rand, 0, G_N_ELEMENTS (gaps))]);
      g_string_append (s, words[i]);
      first = FALSE;
    }
  g_string_append (s, "\n");
  return g_string_free (s, FALSE);
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

static guint
count_words (const char         *text,
             const DiptychChunk *chunk)
{
  guint n = 0;

  for (gsize k = chunk->byte_start; k < chunk->byte_end; k++)
    if (!is_space (text[k]) && (k == chunk->byte_start || is_space (text[k - 1])))
      n++;
  return n;
}

static void
assert_chunks_on_word_boundaries (const char         *text,
                                  const DiptychChunk *chunks,
                                  guint               n_chunks)
{
  gsize n_bytes = strlen (text);
  gsize previous_end = 0;

  for (guint i = 0; i < n_chunks; i++)
    {
      const DiptychChunk *chunk = &chunks[i];

      g_assert_cmpuint (chunk->byte_start, <, chunk->byte_end);
      g_assert_cmpuint (chunk->byte_start, >=, previous_end);
      g_assert_cmpuint (chunk->byte_end, <=, n_bytes);
      g_assert_cmpuint (count_words (text, chunk), >=, 1);
      g_assert_cmpuint (count_words (text, chunk), <=, DIPTYCH_CHUNK_MAX_WORDS);
      g_assert_false (is_space (text[chunk->byte_start]));
      g_assert_false (is_space (text[chunk->byte_end - 1]));
      g_assert_true (chunk->byte_start == 0 || is_space (text[chunk->byte_start - 1]));
      g_assert_true (chunk->byte_end == n_bytes || is_space (text[chunk->byte_end]));
      /* Only whitespace between chunks. */
      for (gsize k = previous_end; k < chunk->byte_start; k++)
        g_assert_true (is_space (text[k]));
      previous_end = chunk->byte_end;
    }
  for (gsize k = previous_end; k < n_bytes; k++)
    g_assert_true (is_space (text[k]));
}

static void
test_chunker_wrapping_does_not_matter (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(DiptychChunkTable) table = diptych_chunk_table_new ();
      g_autofree char *text = random_prose (rand, 2000, 500);
      g_autofree char *wrapped = rewrap (rand, text);
      g_autofree DiptychChunk *a = NULL;
      g_autofree DiptychChunk *b = NULL;
      guint na, nb;

      a = diptych_chunk_text (text, strlen (text), table, TRUE, &na);
      b = diptych_chunk_text (wrapped, strlen (wrapped), table, TRUE, &nb);
      assert_chunks_on_word_boundaries (text, a, na);
      assert_chunks_on_word_boundaries (wrapped, b, nb);

      /* Chunks of about sixteen words. */
      g_assert_cmpuint (na, >, 2000 / 40);
      g_assert_cmpuint (na, <, 2000 / 6);

      g_assert_cmpuint (na, ==, nb);
      for (guint i = 0; i < na; i++)
        {
          g_assert_cmpuint (a[i].key, ==, b[i].key);
          g_assert_cmpuint (count_words (text, &a[i]), ==, count_words (wrapped, &b[i]));
        }
    }
}

static void
test_chunker_edit_is_local (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(DiptychChunkTable) table = diptych_chunk_table_new ();
  g_autofree char *text = random_prose (rand, 3000, 800);
  g_autoptr(GString) edited = g_string_new (text);
  g_autofree DiptychChunk *a = NULL;
  g_autofree DiptychChunk *b = NULL;
  guint na, nb, same_prefix = 0, same_suffix = 0;
  const char *middle;

  /* Change one word in the middle. */
  middle = strchr (text + strlen (text) / 2, ' ');
  g_string_insert (edited, middle - text, " inserted");

  a = diptych_chunk_text (text, strlen (text), table, TRUE, &na);
  b = diptych_chunk_text (edited->str, edited->len, table, TRUE, &nb);

  while (same_prefix < MIN (na, nb) && a[same_prefix].key == b[same_prefix].key)
    same_prefix++;
  while (same_suffix < MIN (na, nb) - same_prefix &&
         a[na - 1 - same_suffix].key == b[nb - 1 - same_suffix].key)
    same_suffix++;

  /* At most a chunk or two around the edit differ. */
  g_assert_cmpuint (same_prefix + same_suffix + 2, >=, na);
  g_assert_cmpuint (same_prefix + same_suffix + 2, >=, nb);
}

/* Words replaced, dropped, added and run together at random, one in
 * @one_in.
 */
static char *
edit_words (GRand      *rand,
            const char *text,
            guint       one_in)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GString *s = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint r = g_rand_int_range (rand, 0, 4 * one_in);
      const char *word = words[i];

      if (r == 0)
        word = "replaced";
      else if (r == 1)
        continue;
      if (s->len > 0 && r != 3)
        g_string_append_c (s, ' ');
      g_string_append (s, word);
      if (r == 2)
        g_string_append (s, " added");
    }
  return g_string_free (s, FALSE);
}

static void
assert_same_chunks (const DiptychChunk *a,
                    guint               na,
                    const DiptychChunk *b,
                    guint               nb)
{
  g_assert_cmpuint (na, ==, nb);
  for (guint i = 0; i < na; i++)
    {
      g_assert_cmpuint (a[i].byte_start, ==, b[i].byte_start);
      g_assert_cmpuint (a[i].byte_end, ==, b[i].byte_end);
      g_assert_cmpuint (a[i].key, ==, b[i].key);
    }
}

/* Chunking against a known text gives what chunking word by word gives,
 * whatever the edits: sparse or dense, re-wrapped, repeated, cut short,
 * edited and then re-wrapped.
 */
static void
test_chunker_against (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);

  for (guint round = 0; round < 70; round++)
    {
      g_autoptr(DiptychChunkTable) t1 = diptych_chunk_table_new ();
      g_autoptr(DiptychChunkTable) t2 = diptych_chunk_table_new ();
      guint vocabulary = round % 3 == 0 ? 12 : 2000;
      g_autofree char *left = random_prose (rand, g_rand_int_range (rand, 0, 4000), vocabulary);
      g_autofree char *right = NULL;
      g_autofree DiptychChunk *known = NULL;
      g_autofree DiptychChunk *known2 = NULL;
      g_autofree DiptychChunk *fast = NULL;
      g_autofree DiptychChunk *slow = NULL;
      guint n_known, n_known2, n_fast, n_slow;

      switch (round % 7)
        {
        case 0: right = g_strdup (left); break;
        case 1: right = edit_words (rand, left, 100); break;
        case 2: right = edit_words (rand, left, 5); break;
        case 3: right = rewrap (rand, left); break;
        case 4: right = g_strconcat (left, " ", left, " tail", NULL); break;
        case 5: right = g_strndup (left, strlen (left) / 2); break;
        default:
          {
            g_autofree char *edited = edit_words (rand, left, 20);

            right = rewrap (rand, edited);
          }
          break;
        }

      known = diptych_chunk_text (left, strlen (left), t1, TRUE, &n_known);
      fast = diptych_chunk_text_against (right, strlen (right), t1, left, strlen (left),
                                         known, n_known, &n_fast);
      known2 = diptych_chunk_text (left, strlen (left), t2, TRUE, &n_known2);
      slow = diptych_chunk_text (right, strlen (right), t2, FALSE, &n_slow);

      assert_same_chunks (known, n_known, known2, n_known2);
      assert_same_chunks (fast, n_fast, slow, n_slow);
      g_assert_cmpuint (diptych_chunk_table_get_n_keys (t1), ==, diptych_chunk_table_get_n_keys (t2));
    }
}

/* Only a text that adds its keys makes later texts find them. */
static void
test_chunker_added_keys (void)
{
  g_autoptr(DiptychChunkTable) table = diptych_chunk_table_new ();
  const char *text = "alpha beta gamma delta";
  g_autofree DiptychChunk *looked_up = NULL;
  g_autofree DiptychChunk *again = NULL;
  g_autofree DiptychChunk *added = NULL;
  g_autofree DiptychChunk *found = NULL;
  guint n1, n2, n3, n4;

  looked_up = diptych_chunk_text (text, strlen (text), table, FALSE, &n1);
  again = diptych_chunk_text (text, strlen (text), table, FALSE, &n2);
  g_assert_cmpuint (n1, ==, n2);
  g_assert_cmpuint (looked_up[n1 - 1].key, !=, again[n2 - 1].key);

  added = diptych_chunk_text (text, strlen (text), table, TRUE, &n3);
  found = diptych_chunk_text (text, strlen (text), table, FALSE, &n4);
  g_assert_cmpuint (n3, ==, n4);
  for (guint i = 0; i < n3; i++)
    g_assert_cmpuint (added[i].key, ==, found[i].key);
}

static void
test_chunker_keys (void)
{
  g_autoptr(DiptychChunkTable) table = diptych_chunk_table_new ();
  const char *texts[] = {
    "one two three four five six seven eight nine ten eleven twelve",
    "one  two\nthree four five six\n\nseven eight nine ten eleven twelve",
    "one two three four five six seven eight nine ten eleven twelfth",
    "one two three four five six seven eight nine ten eleventwelve",
    "one two three four five six seven eight nine ten eleven \xE2\x80\x9Ctwelve",
  };
  DiptychChunk *chunks[G_N_ELEMENTS (texts)] = { NULL };
  guint n[G_N_ELEMENTS (texts)];

  /* The first text adds its keys; the others only look theirs up. */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    chunks[i] = diptych_chunk_text (texts[i], strlen (texts[i]), table, i == 0, &n[i]);

  /* Whitespace aside, the same words: the same chunks. */
  g_assert_cmpuint (n[0], ==, n[1]);
  for (guint i = 0; i < n[0]; i++)
    g_assert_cmpuint (chunks[0][i].key, ==, chunks[1][i].key);

  /* A different word, two words run together, a quote: the last chunk differs. */
  for (guint t = 2; t < G_N_ELEMENTS (texts); t++)
    g_assert_cmpuint (chunks[0][n[0] - 1].key, !=, chunks[t][n[t] - 1].key);

  /* Chunks looked up but not known get keys of their own, even for the
   * same words; every key is below the count.
   */
  for (guint t = 2; t < G_N_ELEMENTS (texts); t++)
    {
      for (guint u = t + 1; u < G_N_ELEMENTS (texts); u++)
        g_assert_cmpuint (chunks[t][n[t] - 1].key, !=, chunks[u][n[u] - 1].key);
      g_assert_cmpuint (chunks[t][n[t] - 1].key, <, diptych_chunk_table_get_n_keys (table));
    }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_free (chunks[i]);
}

static void
test_chunker_no_words (void)
{
  g_autoptr(DiptychChunkTable) table = diptych_chunk_table_new ();
  const char *texts[] = { "", " ", "\n\n\t \r\n" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      guint n = 1;

      g_free (diptych_chunk_text (texts[i], strlen (texts[i]), table, TRUE, &n));
      g_assert_cmpuint (n, ==, 0);
    }
  g_assert_cmpuint (diptych_chunk_table_get_n_keys (table), ==, 0);
}

/* A control character other than whitespace belongs to the word. */
static void
test_chunker_control_characters (void)
{
  g_autoptr(DiptychChunkTable) table = diptych_chunk_table_new ();
  const char *text = "alpha\x01" "beta gamma\x1f delta";
  guint n;
  g_autofree DiptychChunk *chunks = diptych_chunk_text (text, strlen (text), table, TRUE, &n);
  guint n_words = 0;

  assert_chunks_on_word_boundaries (text, chunks, n);
  for (guint i = 0; i < n; i++)
    n_words += count_words (text, &chunks[i]);
  g_assert_cmpuint (n_words, ==, 3);
}

/* Few distinct words may never cut by hash: chunks are bounded anyway. */
static void
test_chunker_few_words (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(DiptychChunkTable) table = diptych_chunk_table_new ();
  g_autofree char *text = random_prose (rand, 5000, 3);
  guint n;
  g_autofree DiptychChunk *chunks = diptych_chunk_text (text, strlen (text), table, TRUE, &n);

  assert_chunks_on_word_boundaries (text, chunks, n);
  g_assert_cmpuint (n, >=, 5000 / DIPTYCH_CHUNK_MAX_WORDS);
}

/* A long text is cut in two threads; the chunks are one cutter's. */
static void
test_chunker_parallel_is_serial (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261129);

  for (guint round = 0; round < 6; round++)
    {
      /* Few words (cuts by count only, no sync point) and many. */
      guint vocabulary = round == 0 ? 2 : round == 1 ? 8 : 6000;
      g_autofree char *text = random_prose (rand, 140000 + g_rand_int_range (rand, 0, 40000), vocabulary);
      gsize n_bytes = strlen (text);
      g_autoptr(DiptychChunkTable) serial_table = diptych_chunk_table_new ();
      g_autoptr(DiptychChunkTable) parallel_table = diptych_chunk_table_new ();
      g_autofree DiptychChunk *serial = NULL;
      g_autofree DiptychChunk *parallel = NULL;
      guint n_serial, n_parallel;

      g_assert_cmpuint (n_bytes, >=, 256 * 1024);
      _diptych_chunker_set_parallel (FALSE);
      serial = diptych_chunk_text (text, n_bytes, serial_table, TRUE, &n_serial);
      _diptych_chunker_set_parallel (TRUE);
      parallel = diptych_chunk_text (text, n_bytes, parallel_table, TRUE, &n_parallel);

      g_assert_cmpuint (n_parallel, ==, n_serial);
      g_assert_cmpmem (parallel, n_parallel * sizeof *parallel, serial, n_serial * sizeof *serial);
    }
}

/* A word's hash does not depend on how much may be read past it: words
 * at the end of a text and inside it hash alike, or chunks would not.
 */
static void
test_chunker_hash_ignores_limit (void)
{
  static const char bytes[] = "Administration officials, speaking on condition of anonymity";

  for (gsize start = 0; start < 8; start++)
    for (gsize n = 1; start + n <= sizeof bytes - 1; n++)
      {
        g_autofree guchar *alone = g_memdup2 (bytes + start, n);
        const guchar *in_text = (const guchar *)bytes + start;

        g_assert_cmpuint (diptych_hash_bytes_high (alone, n, alone + n), ==,
                          diptych_hash_bytes_high (in_text, n, (const guchar *)bytes + sizeof bytes - 1));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diptych/chunker/wrapping-does-not-matter", test_chunker_wrapping_does_not_matter);
  g_test_add_func ("/diptych/chunker/edit-is-local", test_chunker_edit_is_local);
  g_test_add_func ("/diptych/chunker/keys", test_chunker_keys);
  g_test_add_func ("/diptych/chunker/added-keys", test_chunker_added_keys);
  g_test_add_func ("/diptych/chunker/against", test_chunker_against);
  g_test_add_func ("/diptych/chunker/hash-ignores-limit", test_chunker_hash_ignores_limit);
  g_test_add_func ("/diptych/chunker/no-words", test_chunker_no_words);
  g_test_add_func ("/diptych/chunker/control-characters", test_chunker_control_characters);
  g_test_add_func ("/diptych/chunker/few-words", test_chunker_few_words);
  g_test_add_func ("/diptych/chunker/parallel-is-serial", test_chunker_parallel_is_serial);

  return g_test_run ();
}
