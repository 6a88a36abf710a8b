/* bench-reanchor.c: placing marks again after the article changed
 *
 * `bench-reanchor shifted|mixed|unchanged [N]` writes a generated article of varied
 * prose (about 520,000 characters) and a sidecar of N marks (10^5 by
 * default) of one to four whole words each, with their context, as the app
 * saves them; then it changes the article and times loading the sidecar
 * against the changed text:
 *
 * - shifted: a sentence is inserted at the start, so every mark is
 *   relocated;
 * - mixed: the same, and one word in 97 is replaced and a run of 30 words
 *   in 800 is deleted, so marks are relocated, changed and orphaned;
 * - unchanged: the article as the marks were made (every mark exact), for
 *   what loading costs without looking for anything.
 *
 * Each mark is checked against where its words went: relocated onto them
 * when they are all there, changed onto them when one was replaced,
 * orphaned when all were deleted (or changed onto what is left).
 *
 * Fails when loading takes more than 2 s per 10^5 marks, or when more
 * than one mark in 1,000 is not where its words went.
 *
 * `bench-reanchor long-quote [LENGTH]` places a quote of LENGTH code points
 * (4,000 by default) with one word changed in its middle, in an article of
 * about 100,000 characters, and reports the time per quote; it fails over
 * 50 ms.
 *
 * Run them from a release build: `meson test --benchmark -C build-release`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "diptych-anchor.h"
#include "diptych-sidecar.h"
#include "diptych-text-file.h"

#define N_VOCABULARY 3000

typedef struct
{
  GString *text;
  GArray  *word_starts;  /* guint, offsets of each word's first byte (all ASCII) */
  GArray  *word_ends;
} Article;

static char **
make_vocabulary (GRand *rand)
{
  static const char *syllables[] = {
    "ka", "lo", "mi", "ter", "san", "dra", "vel", "on", "is", "pur", "gen", "tal", "ro", "ne",
    "shi", "bar", "cu", "de", "fo", "gri", "ha", "jun", "lek", "mor", "nu", "pi", "qua", "ras",
    "sto", "tu", "ur", "vin", "wes", "xi", "ya", "zor", "ab", "el", "im", "od",
  };
  char **words = g_new0 (char *, N_VOCABULARY + 1);

  for (guint i = 0; i < N_VOCABULARY; i++)
    {
      GString *w = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 4);

      for (guint s = 0; s < n; s++)
        g_string_append (w, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
      words[i] = g_string_free (w, FALSE);
    }
  return words;
}

/* Sentences of 8 to 20 words, now and then a number. */
static void
make_article (Article  *article,
              GRand    *rand,
              char    **vocabulary,
              guint     n_words)
{
  guint in_sentence = 0, sentence_length = 0;

  article->text = g_string_new (NULL);
  article->word_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  article->word_ends = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n_words; i++)
    {
      guint start = article->text->len, end;

      if (in_sentence == 0)
        sentence_length = g_rand_int_range (rand, 8, 21);
      if (g_rand_int_range (rand, 0, 25) == 0)
        g_string_append_printf (article->text, "%u", g_rand_int_range (rand, 2, 5000));
      else
        {
          g_string_append (article->text, vocabulary[g_rand_int_range (rand, 0, N_VOCABULARY)]);
          if (in_sentence == 0)
            article->text->str[start] = g_ascii_toupper (article->text->str[start]);
        }
      end = article->text->len;
      g_array_append_val (article->word_starts, start);
      g_array_append_val (article->word_ends, end);

      if (++in_sentence == sentence_length)
        {
          g_string_append (article->text, ". ");
          in_sentence = 0;
        }
      else
        g_string_append (article->text, g_rand_int_range (rand, 0, 12) == 0 ? ", " : " ");
    }
}

static void
article_clear (Article *article)
{
  g_string_free (article->text, TRUE);
  g_array_unref (article->word_starts);
  g_array_unref (article->word_ends);
}

#define WORD_START(a, i) g_array_index ((a)->word_starts, guint, (i))
#define WORD_END(a, i) g_array_index ((a)->word_ends, guint, (i))

/* The article after an editor's pass: a sentence inserted at the start,
 * and in the mixed case words replaced and runs of words deleted.
 */
typedef enum
{
  EDIT_SHIFTED,
  EDIT_MIXED,
  EDIT_NONE,
} Edit;

static const char *edit_names[] = { "shifted", "mixed", "unchanged" };

/* Where each old word is in the edited article (G_MAXUINT when deleted),
 * and whether it was replaced.
 */
typedef struct
{
  guint    *start;
  guint    *end;
  gboolean *replaced;
} WordMap;

static void
word_map_clear (WordMap *map)
{
  g_free (map->start);
  g_free (map->end);
  g_free (map->replaced);
}

static GString *
edit_article (const Article  *article,
              Edit            edit,
              GRand          *rand,
              char          **vocabulary,
              WordMap        *map)
{
  gboolean mixed = edit == EDIT_MIXED;
  GString *now = g_string_new (edit == EDIT_NONE ? "" : "Updated on Monday with a statement from the ministry. ");
  guint n_words = article->word_starts->len;
  guint copied = 0;  /* bytes of the old text already copied or skipped */

  map->start = g_new (guint, n_words);
  map->end = g_new (guint, n_words);
  map->replaced = g_new0 (gboolean, n_words);
  for (guint i = 0; i < n_words; i++)
    {
      if (mixed && i % 800 == 400 && i + 30 < n_words)
        {
          g_string_append_len (now, article->text->str + copied, WORD_START (article, i) - copied);
          copied = WORD_START (article, i + 30);
          for (guint k = i; k < i + 30; k++)
            map->start[k] = map->end[k] = G_MAXUINT;
          i += 29;
        }
      else if (mixed && i % 97 == 50)
        {
          const char *word = vocabulary[g_rand_int_range (rand, 0, N_VOCABULARY)];

          g_string_append_len (now, article->text->str + copied, WORD_START (article, i) - copied);
          map->start[i] = now->len;
          g_string_append (now, word);
          map->end[i] = now->len;
          map->replaced[i] = strncmp (word, article->text->str + WORD_START (article, i),
                                      WORD_END (article, i) - WORD_START (article, i)) != 0 ||
                             strlen (word) != WORD_END (article, i) - WORD_START (article, i);
          copied = WORD_END (article, i);
        }
      else
        {
          map->start[i] = now->len + (WORD_START (article, i) - copied);
          map->end[i] = now->len + (WORD_END (article, i) - copied);
        }
    }
  g_string_append (now, article->text->str + copied);
  return now;
}

/* Whether a mark on old words [@first, @last] was placed as it should
 * be: where those words went, relocated when none changed, changed when
 * one was replaced; when all were deleted, orphaned; when some were,
 * orphaned or changed onto what is left of them.
 */
static gboolean
placed_right (const WordMap     *map,
              guint              first,
              guint              last,
              DiptychAnnotation *mark)
{
  DiptychAnchorStatus anchor = diptych_annotation_get_anchor (mark);
  gsize start = diptych_annotation_get_start (mark), end = diptych_annotation_get_end (mark);
  guint n_deleted = 0, n_replaced = 0, lo = G_MAXUINT, hi = 0;

  for (guint w = first; w <= last; w++)
    {
      if (map->start[w] == G_MAXUINT)
        {
          n_deleted++;
          continue;
        }
      n_replaced += map->replaced[w];
      lo = MIN (lo, map->start[w]);
      hi = MAX (hi, map->end[w]);
    }
  if (n_deleted == last - first + 1)
    return anchor == DIPTYCH_ANCHOR_ORPHANED;
  if (n_deleted > 0)
    return anchor == DIPTYCH_ANCHOR_ORPHANED ||
           (anchor == DIPTYCH_ANCHOR_CHANGED && start < hi && lo < end);
  if (n_replaced > 0)
    return anchor == DIPTYCH_ANCHOR_CHANGED && start == lo && end == hi;
  return (anchor == DIPTYCH_ANCHOR_EXACT || anchor == DIPTYCH_ANCHOR_RELOCATED) &&
         start == lo && end == hi;
}

static void
append_json_string (GString    *json,
                    const char *s,
                    gsize       len)
{
  /* The generated text has no quotes, backslashes or control characters. */
  g_string_append_c (json, '"');
  g_string_append_len (json, s, len);
  g_string_append_c (json, '"');
}

/* The first of the words of the @i-th mark. */
#define MARK_WORD(i, n_words) ((guint)(((guint64)(i) * 7919) % ((n_words) - 4)))

static int
bench_reanchor (Edit  edit,
                guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240611);
  g_auto(GStrv) vocabulary = make_vocabulary (rand);
  g_autofree char *dir = g_dir_make_tmp ("diptych-bench-XXXXXX", NULL);
  g_autofree char *article_path = g_build_filename (dir, "story.txt", NULL);
  g_autofree char *sidecar_path = g_strconcat (article_path, DIPTYCH_SIDECAR_SUFFIX, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (article_path);
  g_autoptr(GString) json = g_string_new ("{\"format\": \"diptych-annotations\", \"version\": 1, ");
  g_autoptr(GString) now = NULL;
  g_autoptr(DiptychText) text = NULL;
  g_autoptr(GError) error = NULL;
  DiptychAnnotationStore *store;
  DiptychSidecar *sidecar;
  Article article;
  WordMap map;
  guint n_words = 80000, n_wrong = 0;
  gint64 t0, t1;
  double load_s;

  make_article (&article, rand, vocabulary, n_words);
  g_string_append (json, "\"document\": {\"sha256\": \"0\"}, \"annotations\": [\n");
  for (guint i = 0; i < n; i++)
    {
      guint w = MARK_WORD (i, n_words);
      guint start = WORD_START (&article, w);
      guint end = WORD_END (&article, w + i % 4);
      guint pre = start > DIPTYCH_QUOTE_CONTEXT ? start - DIPTYCH_QUOTE_CONTEXT : 0;
      guint post = MIN (end + DIPTYCH_QUOTE_CONTEXT, article.text->len);

      g_string_append_printf (json, "%s{\"id\": \"m%u\", \"kind\": \"%s\", \"start\": %u, \"end\": %u, "
                              "\"quote\": {\"exact\": ",
                              i ? "," : "", i, i % 3 == 0 ? "source" : i % 3 == 1 ? "claim" : "casualty",
                              start, end);
      append_json_string (json, article.text->str + start, end - start);
      g_string_append (json, ", \"prefix\": ");
      append_json_string (json, article.text->str + pre, start - pre);
      g_string_append (json, ", \"suffix\": ");
      append_json_string (json, article.text->str + end, post - end);
      g_string_append_printf (json, "}, \"note\": \"mark %u\"}\n", i);
    }
  g_string_append (json, "]}\n");
  g_file_set_contents (sidecar_path, json->str, json->len, &error);
  g_assert_no_error (error);

  now = edit_article (&article, edit, rand, vocabulary, &map);
  g_file_set_contents (article_path, now->str, now->len, &error);
  g_assert_no_error (error);
  text = diptych_text_new_from_file (file, NULL, &error);
  g_assert_no_error (error);

  t0 = g_get_monotonic_time ();
  sidecar = diptych_sidecar_load (text, NULL, NULL, &error);
  g_assert_no_error (error);
  t1 = g_get_monotonic_time ();
  load_s = (t1 - t0) / 1e6;

  store = diptych_sidecar_get_store (sidecar);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      guint w = MARK_WORD (i, n_words);

      if (!placed_right (&map, w, w + i % 4, diptych_annotation_store_lookup (store, id)))
        n_wrong++;
    }
  g_print ("%s: %u marks (%.1f MB) in %zu characters: load and re-anchor %.2f s "
           "(exact %u, relocated %u, changed %u, orphaned %u; %u not where their words went)\n",
           edit_names[edit], n, json->len / 1e6, (gsize)diptych_text_get_n_chars (text),
           load_s,
           diptych_annotation_store_count_anchor (store, DIPTYCH_ANCHOR_EXACT),
           diptych_annotation_store_count_anchor (store, DIPTYCH_ANCHOR_RELOCATED),
           diptych_annotation_store_count_anchor (store, DIPTYCH_ANCHOR_CHANGED),
           diptych_annotation_store_count_anchor (store, DIPTYCH_ANCHOR_ORPHANED),
           n_wrong);
  /* A few words may be at their old offsets again by chance: exact. */
  if (edit != EDIT_MIXED &&
      diptych_annotation_store_count_anchor (store, DIPTYCH_ANCHOR_RELOCATED) +
      diptych_annotation_store_count_anchor (store, DIPTYCH_ANCHOR_EXACT) != n)
    {
      g_printerr ("%s: not every mark was placed\n", edit_names[edit]);
      load_s = G_MAXDOUBLE;
    }

  /* Fuzzy matching may take a deleted word for a like one beside it, or
   * a replaced word for the same word a few words on: rarely.
   */
  if (n_wrong > n / 1000)
    {
      g_printerr ("%s: %u marks not where their words went\n", edit_names[edit], n_wrong);
      load_s = G_MAXDOUBLE;
    }

  g_object_unref (sidecar);
  word_map_clear (&map);
  article_clear (&article);
  g_unlink (sidecar_path);
  g_unlink (article_path);
  g_rmdir (dir);
  return load_s <= 2.0 * MAX (n, 100000) / 100000 ? 0 : 1;
}

static int
bench_long_quote (guint length)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_auto(GStrv) vocabulary = make_vocabulary (rand);
  g_autoptr(GString) now = NULL;
  g_autoptr(DiptychText) before = NULL;
  g_autoptr(DiptychText) after = NULL;
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  DiptychAnchorStatus status = DIPTYCH_ANCHOR_ORPHANED;
  Article article;
  guint start, end, middle, rounds = 5;
  gsize new_start = 0, new_end = 0;
  gint64 t0, t1;
  double per_quote_ms;

  make_article (&article, rand, vocabulary, 16000);
  start = WORD_START (&article, 6000);
  end = start + length;
  g_assert_cmpuint (end, <, article.text->len);
  before = diptych_text_new_from_string (article.text->str, "before");
  diptych_anchor_make_quote (before, start, end, &exact, &prefix, &suffix);

  /* One word in the middle of the quote replaced, and a sentence inserted
   * at the start of the article.
   */
  middle = start + length / 2;
  while (article.text->str[middle] != ' ')
    middle++;
  now = g_string_new ("A new first sentence. ");
  g_string_append_len (now, article.text->str, middle + 1);
  g_string_append (now, "replaced");
  g_string_append (now, strchr (article.text->str + middle + 1, ' '));
  after = diptych_text_new_from_string (now->str, "after");
  diptych_text_get_n_chars (after);

  /* The first round also converts the text and builds its index. */
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    status = diptych_anchor_locate (after, exact, prefix, suffix, start, end, &new_start, &new_end);
  t1 = g_get_monotonic_time ();
  per_quote_ms = (t1 - t0) / 1e3 / rounds;

  g_print ("long quote: %u code points, one word changed, in %zu characters: %s at %zu-%zu, "
           "%.2f ms per quote\n",
           length, (gsize)diptych_text_get_n_chars (after), diptych_anchor_status_to_string (status),
           new_start, new_end, per_quote_ms);
  article_clear (&article);
  return status == DIPTYCH_ANCHOR_CHANGED && per_quote_ms <= 50 ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  const char *mode = argc > 1 ? argv[1] : "shifted";
  guint n = argc > 2 ? (guint)strtoul (argv[2], NULL, 10) : 0;

  for (guint i = 0; i < G_N_ELEMENTS (edit_names); i++)
    {
      if (g_str_equal (mode, edit_names[i]))
        return bench_reanchor (i, n ? n : 100000);
    }
  if (g_str_equal (mode, "long-quote"))
    return bench_long_quote (n ? n : 4000);

  g_printerr ("usage: bench-reanchor shifted|mixed|unchanged [N] | long-quote [LENGTH]\n");
  return 2;
}
