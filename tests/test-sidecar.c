/* test-sidecar.c: annotations saved beside an article, and read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include "diptych-casualty-parser.h"
#include "core-test-util.h"
#include "diptych-sidecar.h"
#include "diptych-text-file.h"

#define ARTICLE_TEXT \
  "The attack injured hundreds, killing nearly 90 people, including almost 20 women " \
  "and more than 30 children, according to Syrian health officials.\n"

typedef struct
{
  char  *dir;
  char  *article_path;
  GFile *article;
  GFile *sidecar;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("diptych-sidecar-XXXXXX", &error);
  g_assert_no_error (error);
  f->article_path = g_build_filename (f->dir, "story.txt", NULL);
  g_file_set_contents (f->article_path, ARTICLE_TEXT, -1, &error);
  g_assert_no_error (error);
  f->article = g_file_new_for_path (f->article_path);
  f->sidecar = diptych_sidecar_file_for_article (f->article);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *sidecar_path = g_file_get_path (f->sidecar);

  g_chmod (f->dir, 0755);
  g_unlink (sidecar_path);
  g_unlink (f->article_path);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->article_path);
  g_object_unref (f->article);
  g_object_unref (f->sidecar);
}

static DiptychText *
load_article (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  DiptychText *text = diptych_text_new_from_file (f->article, NULL, &error);

  g_assert_no_error (error);
  return text;
}

static DiptychSidecar *
load_sidecar (Fixture *f)
{
  g_autoptr(DiptychText) text = load_article (f);
  g_autoptr(GError) error = NULL;
  DiptychSidecar *sidecar = diptych_sidecar_load (text, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sidecar);
  return sidecar;
}

static gsize
offset_of (const char *needle)
{
  const char *at = strstr (ARTICLE_TEXT, needle);

  g_assert_nonnull (at);
  return g_utf8_pointer_to_offset (ARTICLE_TEXT, at);
}

static DiptychAnnotation *
add (DiptychSidecar        *sidecar,
     DiptychAnnotationKind  kind,
     const char            *words)
{
  DiptychAnnotationStore *store = diptych_sidecar_get_store (sidecar);
  gsize start = offset_of (words);
  DiptychAnnotation *annotation = diptych_annotation_new (kind, diptych_annotation_store_get_text (store),
                                                          start, start + g_utf8_strlen (words, -1));

  diptych_annotation_store_add (store, annotation);
  return annotation;
}

static void
assert_valid_against_schema (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  core_test_assert_valid_sidecar (path);
}

static void
test_sidecar_missing_is_empty (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(DiptychSidecar) sidecar = load_sidecar (f);

  g_assert_false (diptych_sidecar_get_existed (sidecar));
  g_assert_false (diptych_sidecar_get_read_only (sidecar));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diptych_sidecar_get_store (sidecar))), ==, 0);
  g_assert_false (g_file_query_exists (f->sidecar, NULL));
}

static void
test_sidecar_roundtrip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DiptychSidecar) sidecar = load_sidecar (f);
  g_autoptr(DiptychSidecar) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  DiptychAnnotation *source, *figure, *women, *claim, *loaded;
  DiptychCasualty casualty = { 0 };
  DiptychSource src = { (char *)"Syrian health officials", DIPTYCH_SOURCE_OFFICIAL };
  DiptychClaim claim_attrs = { NULL, DIPTYCH_VERDICT_DISPUTED };
  DiptychAnnotationStore *store;

  source = add (sidecar, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials");
  diptych_annotation_set_source (source, &src);

  figure = add (sidecar, DIPTYCH_ANNOTATION_CASUALTY, "killing nearly 90 people");
  casualty.outcome = DIPTYCH_OUTCOME_KILLED;
  casualty.raw = (char *)"nearly 90";
  casualty.value = 90;
  casualty.low = DIPTYCH_NO_NUMBER;
  casualty.high = 90;
  casualty.qualifier = DIPTYCH_QUALIFIER_AT_MOST;
  casualty.group = DIPTYCH_GROUP_PEOPLE;
  casualty.source = (char *)diptych_annotation_get_id (source);
  diptych_annotation_set_casualty (figure, &casualty);

  /* Nested inside the first figure. */
  women = add (sidecar, DIPTYCH_ANNOTATION_CASUALTY, "almost 20 women");
  casualty.raw = (char *)"almost 20";
  casualty.value = 20;
  casualty.high = 20;
  casualty.group = DIPTYCH_GROUP_WOMEN;
  casualty.subset_of = (char *)diptych_annotation_get_id (figure);
  diptych_annotation_set_casualty (women, &casualty);

  claim = add (sidecar, DIPTYCH_ANNOTATION_CLAIM, "The attack injured hundreds");
  claim_attrs.speaker = (char *)diptych_annotation_get_id (source);
  diptych_annotation_set_claim (claim, &claim_attrs);
  diptych_annotation_set_note (claim, "Check against \"OCHA\" figures\nline 2");

  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_assert_no_error (error);
  assert_valid_against_schema (f->sidecar);

  again = load_sidecar (f);
  store = diptych_sidecar_get_store (again);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 4);
  g_assert_cmpuint (diptych_annotation_store_count_anchor (store, DIPTYCH_ANCHOR_EXACT), ==, 4);

  loaded = diptych_annotation_store_lookup (store, diptych_annotation_get_id (women));
  g_assert_nonnull (loaded);
  g_assert_cmpstr (diptych_annotation_get_exact (loaded), ==, "almost 20 women");
  g_assert_cmpint (diptych_annotation_get_casualty (loaded)->group, ==, DIPTYCH_GROUP_WOMEN);
  g_assert_cmpint (diptych_annotation_get_casualty (loaded)->value, ==, 20);
  g_assert_cmpint (diptych_annotation_get_casualty (loaded)->low, ==, DIPTYCH_NO_NUMBER);
  g_assert_cmpstr (diptych_annotation_get_casualty (loaded)->subset_of, ==, diptych_annotation_get_id (figure));
  loaded = diptych_annotation_store_lookup (store, diptych_annotation_get_id (claim));
  g_assert_cmpstr (diptych_annotation_get_note (loaded), ==, "Check against \"OCHA\" figures\nline 2");
  g_assert_cmpint (diptych_annotation_get_claim (loaded)->verdict, ==, DIPTYCH_VERDICT_DISPUTED);

  /* Links are all good; sorted by start. */
  {
    g_autoptr(GPtrArray) problems = diptych_annotation_store_check_links (store);
    g_autoptr(DiptychAnnotation) first_item = g_list_model_get_item (G_LIST_MODEL (store), 0);

    g_assert_cmpuint (problems->len, ==, 0);
    g_assert_cmpstr (diptych_annotation_get_exact (first_item), ==, "The attack injured hundreds");
  }

  /* Saving what was loaded gives the same bytes: stable for version control. */
  first = diptych_sidecar_to_data (sidecar, NULL);
  second = diptych_sidecar_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
write_sidecar (Fixture    *f,
               const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_replace_contents (f->sidecar, contents, strlen (contents), NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
}

static char *
read_sidecar_file (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_load_contents (f->sidecar, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_sidecar_unknown_keys_kept (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DiptychSidecar) sidecar = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  gsize start = offset_of ("nearly 90 people");

  {
    g_autofree char *json = g_strdup_printf (
      "{\"format\": \"diptych-annotations\", \"version\": 1, \"project\": {\"name\": \"Syria 2017\"},"
      " \"annotations\": [{\"id\": \"a1\", \"kind\": \"casualty\", \"start\": %" G_GSIZE_FORMAT ","
      " \"end\": %" G_GSIZE_FORMAT ", \"quote\": {\"exact\": \"nearly 90 people\"},"
      " \"reviewer\": \"jd\", \"casualty\": {\"outcome\": \"killed\", \"value\": 90,"
      " \"confidence\": 0.8}}]}",
      start, start + 16);

    write_sidecar (f, json);
  }

  sidecar = load_sidecar (f);
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_assert_no_error (error);

  saved = read_sidecar_file (f);
  g_assert_nonnull (strstr (saved, "\"project\" : {"));
  g_assert_nonnull (strstr (saved, "\"Syria 2017\""));
  g_assert_nonnull (strstr (saved, "\"reviewer\" : \"jd\""));
  g_assert_nonnull (strstr (saved, "\"confidence\" : 0.8"));
  assert_valid_against_schema (f->sidecar);
}

static void
rewrite_article (Fixture    *f,
                 const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (f->article_path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_sidecar_reanchor (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DiptychSidecar) sidecar = load_sidecar (f);
  g_autoptr(DiptychSidecar) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *moved_id = NULL;
  g_autofree char *edited_id = NULL;
  g_autofree char *deleted_id = NULL;
  g_autofree char *same_id = NULL;
  DiptychAnnotationStore *store;
  DiptychAnnotation *a;
  g_autoptr(DiptychText) text = NULL;

  same_id = g_strdup (diptych_annotation_get_id (add (sidecar, DIPTYCH_ANNOTATION_CLAIM, "The attack")));
  moved_id = g_strdup (diptych_annotation_get_id (add (sidecar, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials")));
  edited_id = g_strdup (diptych_annotation_get_id (add (sidecar, DIPTYCH_ANNOTATION_CASUALTY, "killing nearly 90 people")));
  deleted_id = g_strdup (diptych_annotation_get_id (add (sidecar, DIPTYCH_ANNOTATION_CASUALTY, "more than 30 children")));
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));

  /* Text inserted before one, a span edited slightly, a span deleted. */
  rewrite_article (f, "The attack injured hundreds, killing nearly 92 people, including almost 20 women, "
                      "according to the Syrian health officials.\n");

  again = load_sidecar (f);
  store = diptych_sidecar_get_store (again);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 4);
  text = g_object_ref (diptych_annotation_store_get_text (store));

  a = diptych_annotation_store_lookup (store, same_id);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_EXACT);

  a = diptych_annotation_store_lookup (store, moved_id);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_RELOCATED);
  {
    g_autofree char *now = diptych_text_dup_range (text, diptych_annotation_get_start (a), diptych_annotation_get_end (a));
    g_assert_cmpstr (now, ==, "Syrian health officials");
  }

  /* Its words changed: not relocated, changed, and the annotator's words kept. */
  a = diptych_annotation_store_lookup (store, edited_id);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_CHANGED);
  {
    g_autofree char *now = diptych_text_dup_range (text, diptych_annotation_get_start (a), diptych_annotation_get_end (a));
    g_assert_cmpstr (now, ==, "killing nearly 92 people");
  }
  g_assert_cmpstr (diptych_annotation_get_exact (a), ==, "killing nearly 92 people");
  g_assert_cmpstr (diptych_annotation_get_previous_exact (a), ==, "killing nearly 90 people");

  /* Orphaned: kept, with its quote, never dropped. */
  a = diptych_annotation_store_lookup (store, deleted_id);
  g_assert_nonnull (a);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_ORPHANED);
  g_assert_cmpstr (diptych_annotation_get_exact (a), ==, "more than 30 children");

  /* And saved as such. */
  g_assert_true (diptych_sidecar_save (again, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *saved = read_sidecar_file (f);

    g_assert_nonnull (strstr (saved, "\"anchor\" : \"orphaned\""));
    g_assert_nonnull (strstr (saved, "\"exact\" : \"more than 30 children\""));
  }
  assert_valid_against_schema (f->sidecar);
}

typedef struct
{
  const char *name;
  const char *contents;
  int         code;
  const char *fragment;
} BadCase;

static const BadCase bad_cases[] = {
  { "empty", "", DIPTYCH_SIDECAR_ERROR_CORRUPT, "empty" },
  { "truncated", "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": [{\"id\": \"a\"",
    DIPTYCH_SIDECAR_ERROR_CORRUPT, "JSON" },
  { "not-json", "killing nearly 90 people", DIPTYCH_SIDECAR_ERROR_CORRUPT, "JSON" },
  { "array", "[1, 2, 3]", DIPTYCH_SIDECAR_ERROR_NOT_A_SIDECAR, "sidecar" },
  { "other-format", "{\"format\": \"something-else\", \"version\": 1}", DIPTYCH_SIDECAR_ERROR_NOT_A_SIDECAR, "format" },
  { "no-annotations", "{\"format\": \"diptych-annotations\", \"version\": 1}", DIPTYCH_SIDECAR_ERROR_CORRUPT, "annotations" },
  { "bad-version", "{\"format\": \"diptych-annotations\", \"version\": \"one\", \"annotations\": []}",
    DIPTYCH_SIDECAR_ERROR_CORRUPT, "version" },
  { "bad-annotation", "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": "
    "[{\"id\": \"x\", \"kind\": \"rumour\", \"start\": 0, \"end\": 3, \"quote\": {\"exact\": \"The\"}}]}",
    DIPTYCH_SIDECAR_ERROR_CORRUPT, "kind" },
  { "negative-start", "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": "
    "[{\"id\": \"x\", \"kind\": \"claim\", \"start\": -4, \"end\": 3, \"quote\": {\"exact\": \"The\"}}]}",
    DIPTYCH_SIDECAR_ERROR_CORRUPT, "start" },
  { "bad-previous-quote", "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": "
    "[{\"id\": \"x\", \"kind\": \"claim\", \"start\": 0, \"end\": 3, \"quote\": {\"exact\": \"The\"},"
    " \"anchor\": \"changed\", \"previous_quote\": \"A\"}]}",
    DIPTYCH_SIDECAR_ERROR_CORRUPT, "previous_quote" },
  { "duplicate-id", "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": ["
    "{\"id\": \"x\", \"kind\": \"claim\", \"start\": 0, \"end\": 3, \"quote\": {\"exact\": \"The\"}},"
    "{\"id\": \"x\", \"kind\": \"claim\", \"start\": 0, \"end\": 3, \"quote\": {\"exact\": \"The\"}}]}",
    DIPTYCH_SIDECAR_ERROR_CORRUPT, "“x”" },
  /* Found by fuzzing: json-glib's string getter asserted on these. */
  { "format-object", "{\"format\": {\"a\": 1}, \"version\": 1, \"annotations\": []}",
    DIPTYCH_SIDECAR_ERROR_NOT_A_SIDECAR, "format" },
  { "format-list", "{\"format\": [\"diptych-annotations\"], \"version\": 1, \"annotations\": []}",
    DIPTYCH_SIDECAR_ERROR_NOT_A_SIDECAR, "format" },
  /* Found by fuzzing: these set the error twice (GLib warns, and the first
   * message leaked). */
  { "id-number", "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": "
    "[{\"id\": 7, \"kind\": \"claim\", \"start\": 0, \"end\": 3, \"quote\": {\"exact\": \"The\"}}]}",
    DIPTYCH_SIDECAR_ERROR_CORRUPT, "an annotation: “id” must be a string" },
  { "id-empty", "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": "
    "[{\"id\": \"\", \"kind\": \"claim\", \"start\": 0, \"end\": 3, \"quote\": {\"exact\": \"The\"}}]}",
    DIPTYCH_SIDECAR_ERROR_CORRUPT, "“id” must be a non-empty string" },
  { "kind-number", "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": "
    "[{\"id\": \"x\", \"kind\": 2, \"start\": 0, \"end\": 3, \"quote\": {\"exact\": \"The\"}}]}",
    DIPTYCH_SIDECAR_ERROR_CORRUPT, "annotation “x”: “kind” must be a string" },
};

static DiptychAnnotation *
load_one (Fixture    *f,
          const char *id,
          DiptychSidecar **out)
{
  *out = load_sidecar (f);
  return diptych_annotation_store_lookup (diptych_sidecar_get_store (*out), id);
}

static void
assert_words_at (DiptychAnnotation *a,
                 DiptychSidecar    *sidecar,
                 const char        *words)
{
  DiptychText *text = diptych_annotation_store_get_text (diptych_sidecar_get_store (sidecar));
  g_autofree char *there = diptych_text_dup_range (text, diptych_annotation_get_start (a),
                                                   diptych_annotation_get_end (a));

  g_assert_cmpstr (there, ==, words);
  g_assert_cmpstr (diptych_annotation_get_exact (a), ==, words);
}

/* A figure whose number changes, twice: the annotator's words and figure
 * are kept through every load (loading the same text again changes not a
 * byte), until the annotator accepts; then the figure is read again from
 * the new words and keeps its source and what the annotator corrected.
 */
static void
test_sidecar_changed_until_accepted (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(DiptychSidecar) sidecar = load_sidecar (f);
  g_autoptr(DiptychSidecar) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *source_id = NULL;
  g_autofree char *first_save = NULL;
  g_autofree char *second_save = NULL;
  g_autoptr(DiptychAnnotation) copy = NULL;
  g_autoptr(GDateTime) modified = NULL;
  DiptychAnnotation *figure, *a;
  DiptychCasualty casualty;
  const DiptychCasualty *c;

  source_id = g_strdup (diptych_annotation_get_id (add (sidecar, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials")));
  figure = add (sidecar, DIPTYCH_ANNOTATION_CASUALTY, "killing nearly 90 people");
  id = g_strdup (diptych_annotation_get_id (figure));
  g_assert_true (diptych_casualty_parse ("killing nearly 90 people", &casualty));
  /* The annotator knows from elsewhere that these were civilians. */
  casualty.group = DIPTYCH_GROUP_CIVILIANS;
  casualty.source = g_strdup (source_id);
  diptych_annotation_set_casualty (figure, &casualty);
  diptych_casualty_clear (&casualty);
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_clear_object (&sidecar);

  rewrite_article (f, "The attack injured hundreds, killing nearly 84 people, including almost 20 women "
                      "and more than 30 children, according to Syrian health officials.\n");
  a = load_one (f, id, &sidecar);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_CHANGED);
  assert_words_at (a, sidecar, "killing nearly 84 people");
  g_assert_cmpstr (diptych_annotation_get_previous_exact (a), ==, "killing nearly 90 people");
  g_assert_true (g_str_has_suffix (diptych_annotation_get_previous_prefix (a), "hundreds, "));
  g_assert_true (g_str_has_prefix (diptych_annotation_get_previous_suffix (a), ", including"));
  /* Placing is not editing: the figure is the annotator's. */
  g_assert_cmpint (diptych_annotation_get_casualty (a)->value, ==, 90);
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_clear_object (&sidecar);

  /* Edited again: the previous quote stays the annotator's, not "84". */
  rewrite_article (f, "The attack injured hundreds, killing nearly 86 people, including almost 20 women "
                      "and more than 30 children, according to Syrian health officials.\n");
  a = load_one (f, id, &sidecar);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_CHANGED);
  assert_words_at (a, sidecar, "killing nearly 86 people");
  g_assert_cmpstr (diptych_annotation_get_previous_exact (a), ==, "killing nearly 90 people");
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  first_save = read_sidecar_file (f);
  g_assert_nonnull (strstr (first_save, "\"anchor\" : \"changed\""));
  g_assert_nonnull (strstr (first_save, "\"previous_quote\" : {"));
  assert_valid_against_schema (f->sidecar);
  g_clear_object (&sidecar);

  /* The same text, loaded twice: nothing moves, nothing is rewritten. */
  for (guint round = 0; round < 2; round++)
    {
      a = load_one (f, id, &sidecar);
      g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_CHANGED);
      assert_words_at (a, sidecar, "killing nearly 86 people");
      g_assert_cmpstr (diptych_annotation_get_previous_exact (a), ==, "killing nearly 90 people");
      g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
      g_clear_pointer (&second_save, g_free);
      second_save = read_sidecar_file (f);
      g_assert_cmpstr (second_save, ==, first_save);
      g_clear_object (&sidecar);
    }

  /* A copy (undo keeps them) has the previous quote too. */
  a = load_one (f, id, &sidecar);
  copy = diptych_annotation_copy (a);
  g_assert_cmpint (diptych_annotation_get_anchor (copy), ==, DIPTYCH_ANCHOR_CHANGED);
  g_assert_cmpstr (diptych_annotation_get_previous_exact (copy), ==, "killing nearly 90 people");
  g_assert_cmpstr (diptych_annotation_get_previous_suffix (copy), ==,
                   diptych_annotation_get_previous_suffix (a));

  /* The annotator accepts: exact, the figure read from the new words. */
  modified = g_date_time_ref (diptych_annotation_get_modified (a));
  diptych_annotation_accept_anchor (a, diptych_annotation_store_get_text (diptych_sidecar_get_store (sidecar)));
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_EXACT);
  g_assert_null (diptych_annotation_get_previous_exact (a));
  assert_words_at (a, sidecar, "killing nearly 86 people");
  c = diptych_annotation_get_casualty (a);
  g_assert_cmpint (c->value, ==, 86);
  g_assert_cmpint (c->high, ==, 86);
  g_assert_cmpstr (c->raw, ==, "nearly 86");
  g_assert_cmpint (c->qualifier, ==, DIPTYCH_QUALIFIER_AT_MOST);
  g_assert_cmpint (c->outcome, ==, DIPTYCH_OUTCOME_KILLED);
  g_assert_cmpint (c->group, ==, DIPTYCH_GROUP_CIVILIANS);
  g_assert_cmpstr (c->source, ==, source_id);
  g_assert_true (g_date_time_compare (diptych_annotation_get_modified (a), modified) >= 0);
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_clear_pointer (&second_save, g_free);
  second_save = read_sidecar_file (f);
  g_assert_null (strstr (second_save, "previous_quote"));
  assert_valid_against_schema (f->sidecar);
  g_clear_object (&sidecar);

  a = load_one (f, id, &again);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_EXACT);
  g_assert_cmpint (diptych_annotation_get_casualty (a)->value, ==, 86);
}

/* The words went back to the annotator's: the mark is not changed any
 * more, and its previous quote goes.
 */
static void
test_sidecar_changed_back (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DiptychSidecar) sidecar = load_sidecar (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  DiptychAnnotation *a;

  id = g_strdup (diptych_annotation_get_id (add (sidecar, DIPTYCH_ANNOTATION_CASUALTY, "killing nearly 90 people")));
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_clear_object (&sidecar);

  rewrite_article (f, "The attack injured hundreds, killing nearly 86 people, according to officials.\n");
  a = load_one (f, id, &sidecar);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_CHANGED);
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_clear_object (&sidecar);

  /* Gone: orphaned, the annotator's words still kept. */
  rewrite_article (f, "Nothing here.\n");
  a = load_one (f, id, &sidecar);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_ORPHANED);
  g_assert_cmpstr (diptych_annotation_get_exact (a), ==, "killing nearly 86 people");
  g_assert_cmpstr (diptych_annotation_get_previous_exact (a), ==, "killing nearly 90 people");
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  assert_valid_against_schema (f->sidecar);
  g_clear_object (&sidecar);

  rewrite_article (f, ARTICLE_TEXT);
  a = load_one (f, id, &sidecar);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_RELOCATED);
  assert_words_at (a, sidecar, "killing nearly 90 people");
  g_assert_null (diptych_annotation_get_previous_exact (a));
}

static void
test_sidecar_bad_file_untouched (Fixture       *f,
                                 gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autoptr(DiptychText) text = load_article (f);
      g_autoptr(GError) error = NULL;
      g_autoptr(DiptychSidecar) sidecar = NULL;
      g_autofree char *after = NULL;
      g_autofree char *name = g_file_get_parse_name (f->sidecar);

      g_test_message ("case %s", bad_cases[i].name);
      write_sidecar (f, bad_cases[i].contents);
      sidecar = diptych_sidecar_load (text, NULL, NULL, &error);
      g_assert_null (sidecar);
      g_assert_error (error, DIPTYCH_SIDECAR_ERROR, bad_cases[i].code);
      g_assert_nonnull (strstr (error->message, name));
      g_assert_nonnull (strstr (error->message, bad_cases[i].fragment));

      after = read_sidecar_file (f);
      g_assert_cmpstr (after, ==, bad_cases[i].contents);
    }
}

static void
test_sidecar_json_error_has_line (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(DiptychText) text = load_article (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychSidecar) sidecar = NULL;

  write_sidecar (f, "{\n  \"format\": \"diptych-annotations\",\n  \"version\": 1,,\n}");
  sidecar = diptych_sidecar_load (text, NULL, NULL, &error);
  g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_CORRUPT);
  /* Where, as line:column: the second comma on line 3, column 16. */
  g_assert_nonnull (strstr (error->message, "(3:16: "));
}

static void
test_sidecar_newer_version_read_only (Fixture       *f,
                                      gconstpointer  data)
{
  const char *newer = "{\"format\": \"diptych-annotations\", \"version\": 2, \"annotations\": [],"
                      " \"new-feature\": true}";
  g_autoptr(DiptychSidecar) sidecar = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  write_sidecar (f, newer);
  sidecar = load_sidecar (f);
  g_assert_true (diptych_sidecar_get_read_only (sidecar));
  g_assert_cmpint (diptych_sidecar_get_version (sidecar), ==, 2);

  add (sidecar, DIPTYCH_ANNOTATION_CLAIM, "The attack");
  g_assert_false (diptych_sidecar_save (sidecar, NULL, &error));
  g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "newer version"));

  after = read_sidecar_file (f);
  g_assert_cmpstr (after, ==, newer);
}

static void
test_sidecar_changed_on_disk (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(DiptychSidecar) first = load_sidecar (f);
  g_autoptr(DiptychSidecar) second = NULL;
  g_autoptr(DiptychSidecar) late = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;

  add (first, DIPTYCH_ANNOTATION_CLAIM, "The attack");
  g_assert_true (diptych_sidecar_save (first, NULL, &error));

  /* Another window loads, edits and saves. */
  second = load_sidecar (f);
  add (second, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials");
  /* Make sure the modification time differs, as it would in real use. */
  g_usleep (10 * 1000);
  g_assert_true (diptych_sidecar_save (second, NULL, &error));
  g_assert_no_error (error);
  expected = read_sidecar_file (f);

  /* The first one may not clobber it. */
  add (first, DIPTYCH_ANNOTATION_CASUALTY, "nearly 90 people");
  g_assert_false (diptych_sidecar_save (first, NULL, &error));
  g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK);
  after = read_sidecar_file (f);
  g_assert_cmpstr (after, ==, expected);

  /* Nor may one that saw no sidecar when someone else has made one since. */
  g_clear_error (&error);
  {
    g_autofree char *path = g_file_get_path (f->sidecar);

    g_unlink (path);
    late = load_sidecar (f);
    write_sidecar (f, expected);
    add (late, DIPTYCH_ANNOTATION_CLAIM, "The attack");
    g_assert_false (diptych_sidecar_save (late, NULL, &error));
    g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK);
  }
}

static void
test_sidecar_read_only_folder (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(DiptychSidecar) sidecar = load_sidecar (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (f->sidecar);

  g_chmod (f->dir, 0555);
  if (access (f->dir, W_OK) == 0)
    {
      g_test_skip ("this user can write to read-only folders (root)");
      return;
    }

  add (sidecar, DIPTYCH_ANNOTATION_CLAIM, "The attack");
  g_assert_false (diptych_sidecar_save (sidecar, NULL, &error));
  g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, name));
  /* The annotation is still there, to be saved elsewhere. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diptych_sidecar_get_store (sidecar))), ==, 1);
}

static void
test_sidecar_file_names (void)
{
  g_autoptr(GFile) article = g_file_new_for_path ("/data/news/story.txt");
  g_autoptr(GFile) sidecar = diptych_sidecar_file_for_article (article);
  g_autoptr(GFile) back = diptych_sidecar_article_for_file (sidecar);
  g_autoptr(GFile) other = g_file_new_for_path ("/data/news/story.json");
  g_autofree char *path = g_file_get_path (sidecar);

  g_assert_cmpstr (path, ==, "/data/news/story.txt.annotations.json");
  g_assert_true (g_file_equal (back, article));
  g_assert_null (diptych_sidecar_article_for_file (other));
}

static void
test_sidecar_dangling_links_reported (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(DiptychSidecar) sidecar = load_sidecar (f);
  DiptychAnnotation *source = add (sidecar, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials");
  DiptychAnnotation *figure = add (sidecar, DIPTYCH_ANNOTATION_CASUALTY, "nearly 90 people");
  DiptychAnnotation *claim = add (sidecar, DIPTYCH_ANNOTATION_CLAIM, "The attack");
  DiptychCasualty casualty = *diptych_annotation_get_casualty (figure);
  DiptychClaim claim_attrs = { NULL, DIPTYCH_VERDICT_UNVERIFIED };
  DiptychAnnotationStore *store = diptych_sidecar_get_store (sidecar);
  g_autoptr(GPtrArray) problems = NULL;

  casualty.source = (char *)diptych_annotation_get_id (source);
  diptych_annotation_set_casualty (figure, &casualty);
  /* A claim's speaker must be a source, not a figure. */
  claim_attrs.speaker = (char *)diptych_annotation_get_id (figure);
  diptych_annotation_set_claim (claim, &claim_attrs);

  g_object_ref (source);
  diptych_annotation_store_remove (store, source);
  problems = diptych_annotation_store_check_links (store);
  g_assert_cmpuint (problems->len, ==, 2);
  g_object_unref (source);
}

/* Hostile sidecars: each is refused with where it goes wrong, and left as
 * it is.
 */
#define DOC(annotations) \
  "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": [" annotations "]}"
#define MARK(extra) \
  "{\"id\": \"m1\", \"kind\": \"claim\", \"start\": 0, \"end\": 10, " \
  "\"quote\": {\"exact\": \"The attack\"}" extra "}"
#define FIGURE(numbers) \
  "{\"id\": \"f1\", \"kind\": \"casualty\", \"start\": 0, \"end\": 10, " \
  "\"quote\": {\"exact\": \"The attack\"}, \"casualty\": {" numbers "}}"

static const struct
{
  const char *name;
  const char *contents;
  const char *fragment;
} hostile_cases[] = {
  { "lone-high-surrogate", DOC (MARK (", \"note\": \"\\ud800x\"")), "high surrogate" },
  { "lone-low-surrogate", DOC (MARK (", \"note\": \"\\udc00\"")), "low surrogate" },
  { "surrogate-as-utf8", DOC (MARK (", \"note\": \"\xed\xa0\x80x\"")), "not UTF-8" },
  { "invalid-utf8", DOC (MARK (", \"note\": \"\xff\"")), "not UTF-8" },
  { "nul-escape", DOC (MARK (", \"note\": \"cut\\u0000here\"")), "NUL" },
  { "bad-escape", DOC (MARK (", \"note\": \"\\x41\"")), "escape" },
  { "two-documents", DOC (MARK ("")) "\n" DOC (""), "2:1: " },
  { "duplicate-annotations", "{\"format\": \"diptych-annotations\", \"version\": 1, "
    "\"annotations\": [" MARK ("") "], \"annotations\": []}", "twice" },
  { "duplicate-nested", DOC (MARK (", \"note\": \"a\", \"note\": \"b\"")), "twice" },
  { "duplicate-escaped", DOC (MARK (", \"note\": \"a\", \"not\\u0065\": \"b\"")), "twice" },
  { "kind-null", DOC ("{\"id\": \"m1\", \"kind\": null, \"start\": 0, \"end\": 10, "
                      "\"quote\": {\"exact\": \"The attack\"}}"), "kind" },
  { "kind-missing", DOC ("{\"id\": \"m1\", \"start\": 0, \"end\": 10, "
                         "\"quote\": {\"exact\": \"The attack\"}}"), "kind" },
  { "start-too-large", DOC ("{\"id\": \"m1\", \"kind\": \"claim\", \"start\": 10000000000000, "
                            "\"end\": 10000000000000, \"quote\": {\"exact\": \"\"}}"), "at most" },
  { "value-too-large", DOC (FIGURE ("\"value\": 10000000000001")), "at most" },
  { "int64-min", DOC (FIGURE ("\"high\": -9223372036854775808")), "0 or more" },
  { "low-above-high", DOC (FIGURE ("\"low\": 30, \"high\": 20")), "“high”" },
  { "value-above-high", DOC (FIGURE ("\"value\": 30, \"high\": 20")), "“high”" },
  { "year-unpadded", DOC (MARK (", \"created\": \"84-11-22T14:00:00Z\"")), "created" },
  { "year-zero-in-utc", DOC (MARK (", \"created\": \"0001-01-01T00:30:00+01:00\"")), "created" },
  { "document-not-object", "{\"format\": \"diptych-annotations\", \"version\": 1, "
    "\"document\": [], \"annotations\": []}", "document" },
  /* infinity, which cannot be written back (fuzz-sidecar found it in an
   * unknown member; its input is in the seed corpus)
   */
  { "number-overflows", DOC (MARK (", \"x-rank\": 9e999")), "too large" },
  { "number-overflows-negative", DOC (MARK (", \"x-rank\": -1.5E+400")), "too large" },
  { "number-overflows-digits", DOC (MARK (", \"x-rank\": " "1" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "")), "too large" },
};

static void
test_sidecar_hostile_refused (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(DiptychText) text = load_article (f);
  g_autofree char *name = g_file_get_parse_name (f->sidecar);

  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DiptychSidecar) sidecar = NULL;
      g_autofree char *after = NULL;

      g_test_message ("case %s", hostile_cases[i].name);
      write_sidecar (f, hostile_cases[i].contents);
      sidecar = diptych_sidecar_load (text, NULL, NULL, &error);
      g_assert_null (sidecar);
      g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, name));
      if (strstr (error->message, hostile_cases[i].fragment) == NULL)
        g_error ("%s: “%s” does not say “%s”", hostile_cases[i].name, error->message,
                 hostile_cases[i].fragment);

      after = read_sidecar_file (f);
      g_assert_cmpstr (after, ==, hostile_cases[i].contents);
    }
}

/* ~80k nested arrays overflowed json-glib's recursive parser. */
static void
test_sidecar_deep_nesting_refused (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(DiptychText) text = load_article (f);
  g_autoptr(GString) contents = g_string_new ("{\"format\": \"diptych-annotations\", \"version\": 1, "
                                              "\"annotations\": [], \"x\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychSidecar) sidecar = NULL;

  for (guint i = 0; i < 80000; i++)
    g_string_append_c (contents, '[');
  for (guint i = 0; i < 80000; i++)
    g_string_append_c (contents, ']');
  g_string_append_c (contents, '}');

  write_sidecar (f, contents->str);
  sidecar = diptych_sidecar_load (text, NULL, NULL, &error);
  g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "nest more than 64"));
}

static void
test_sidecar_too_many_refused (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(DiptychText) text = load_article (f);
  g_autoptr(GString) contents = g_string_new ("{\"format\": \"diptych-annotations\", \"version\": 1, "
                                              "\"annotations\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychSidecar) sidecar = NULL;

  for (guint i = 0; i <= DIPTYCH_SIDECAR_MAX_ANNOTATIONS; i++)
    g_string_append_printf (contents, "%s{\"id\": \"%u\"}", i ? "," : "", i);
  g_string_append (contents, "]}");

  write_sidecar (f, contents->str);
  sidecar = diptych_sidecar_load (text, NULL, NULL, &error);
  g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "at most 200000"));
}

/* What loads saves to what loads again, unknown members everywhere kept. */
static void
test_sidecar_writes_what_reads_back (Fixture       *f,
                                     gconstpointer  data)
{
  const char *contents =
    "{\"format\": \"diptych-annotations\", \"version\": 1,"
    " \"document\": {\"file\": \"story.txt\", \"origin\": \"wire\"},"
    " \"annotations\": ["
    "  {\"id\": \"c1\", \"kind\": \"claim\", \"start\": 0, \"end\": 10,"
    "   \"quote\": {\"exact\": \"The attack\", \"lang\": \"en\"},"
    "   \"created\": \"0084-11-22T14:00:00Z\", \"modified\": \"2026-11-22T15:00:00+01:00\","
    "   \"note\": \"\\ud83d\\ude00 ok\","
    "   \"claim\": {\"verdict\": \"disputed\", \"checked_by\": \"ab\"},"
    "   \"casualty\": {\"value\": 3, \"subset_of\": \"nowhere\"}},"
    "  {\"id\": \"f1\", \"kind\": \"casualty\", \"start\": 37, \"end\": 53,"
    "   \"quote\": {\"exact\": \"nearly 90 people\"},"
    "   \"casualty\": {\"value\": 90, \"high\": 90, \"qualifier\": \"at-most\"}}"
    " ]}";
  g_autoptr(DiptychSidecar) sidecar = NULL;
  g_autoptr(DiptychSidecar) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;

  write_sidecar (f, contents);
  sidecar = load_sidecar (f);
  diptych_annotation_set_note (diptych_annotation_store_lookup (diptych_sidecar_get_store (sidecar), "f1"),
                               "edited");
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_assert_no_error (error);
  assert_valid_against_schema (f->sidecar);

  saved = read_sidecar_file (f);
  g_assert_nonnull (strstr (saved, "\"origin\" : \"wire\""));
  g_assert_nonnull (strstr (saved, "\"lang\" : \"en\""));
  g_assert_nonnull (strstr (saved, "\"checked_by\" : \"ab\""));
  g_assert_nonnull (strstr (saved, "\"subset_of\" : \"nowhere\""));
  g_assert_nonnull (strstr (saved, "\"created\" : \"0084-11-22T14:00:00Z\""));
  g_assert_nonnull (strstr (saved, "\"modified\" : \"2026-11-22T14:00:00Z\""));
  g_assert_nonnull (strstr (saved, "\xf0\x9f\x98\x80 ok"));

  again = load_sidecar (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diptych_sidecar_get_store (again))), ==, 2);
  g_assert_true (diptych_sidecar_save (again, NULL, &error));
  saved_again = read_sidecar_file (f);
  g_assert_cmpstr (saved, ==, saved_again);
}

/* A model set to numbers out of range or out of order is made consistent. */
static void
test_sidecar_numbers_normalized (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(DiptychSidecar) sidecar = load_sidecar (f);
  g_autoptr(GError) error = NULL;
  DiptychAnnotation *figure = add (sidecar, DIPTYCH_ANNOTATION_CASUALTY, "nearly 90 people");
  DiptychCasualty casualty = { 0 };
  const DiptychCasualty *now;

  casualty.value = 100;
  casualty.low = 95;
  casualty.high = G_MININT64;
  diptych_annotation_set_casualty (figure, &casualty);
  now = diptych_annotation_get_casualty (figure);
  g_assert_cmpint (now->value, ==, 100);
  g_assert_cmpint (now->low, ==, 95);
  g_assert_cmpint (now->high, ==, DIPTYCH_NO_NUMBER);

  casualty.low = 200;
  casualty.high = DIPTYCH_MAX_NUMBER + 1;
  diptych_annotation_set_casualty (figure, &casualty);
  g_assert_cmpint (now->low, ==, 100);
  g_assert_cmpint (now->high, ==, DIPTYCH_NO_NUMBER);
  g_assert_true (diptych_casualty_is_valid (now));
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_assert_no_error (error);
}

/* Bytes that would not load back are never written. */
static void
test_sidecar_unreadable_bytes_not_written (Fixture       *f,
                                           gconstpointer  data)
{
  static const char * const bad[] = {
    DOC (MARK (", \"note\": \"\xed\xa0\x80x\"")),
    DOC (MARK ("")) DOC (""),
    DOC (FIGURE ("\"low\": 30, \"high\": 20")),
    DOC (MARK (", \"created\": \"84-11-22T14:00:00Z\"")),
  };
  g_autoptr(DiptychSidecar) sidecar = load_sidecar (f);

  add (sidecar, DIPTYCH_ANNOTATION_CLAIM, "The attack");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad[i], strlen (bad[i]));
      g_autoptr(GError) error = NULL;

      g_assert_false (diptych_sidecar_write_bytes (sidecar, bytes, NULL, &error));
      g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, "does not read back"));
      g_assert_false (g_file_query_exists (f->sidecar, NULL));
    }
}

static char *
sidecar_path (Fixture *f)
{
  return g_file_get_path (f->sidecar);
}

/* A writer that keeps the modification time (cp -p, sync tools). */
static void
test_sidecar_changed_same_mtime (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(DiptychSidecar) first = load_sidecar (f);
  g_autoptr(DiptychSidecar) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sidecar_path (f);
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;
  GStatBuf before;
  struct utimbuf times;

  add (first, DIPTYCH_ANNOTATION_CLAIM, "The attack");
  g_assert_true (diptych_sidecar_save (first, NULL, &error));
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  second = load_sidecar (f);
  diptych_annotation_set_note (g_list_model_get_item (G_LIST_MODEL (diptych_sidecar_get_store (second)), 0),
                               "x");
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (diptych_sidecar_get_store (second)), 0));
  g_assert_true (diptych_sidecar_save (second, NULL, &error));
  times.actime = before.st_atime;
  times.modtime = before.st_mtime;
  g_assert_cmpint (g_utime (path, &times), ==, 0);
  expected = read_sidecar_file (f);

  add (first, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials");
  g_assert_false (diptych_sidecar_save (first, NULL, &error));
  g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK);
  after = read_sidecar_file (f);
  g_assert_cmpstr (after, ==, expected);
}

static void
test_sidecar_symlink_replaced_at_target (Fixture       *f,
                                         gconstpointer  data)
{
  g_autofree char *path = sidecar_path (f);
  g_autofree char *target = g_build_filename (f->dir, "real.json", NULL);
  g_autoptr(DiptychSidecar) sidecar = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *link = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, DOC (""), -1, NULL));
  g_assert_cmpint (symlink ("real.json", path), ==, 0);

  sidecar = load_sidecar (f);
  add (sidecar, DIPTYCH_ANNOTATION_CLAIM, "The attack");
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  link = g_file_read_link (path, NULL);
  g_assert_cmpstr (link, ==, "real.json");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diptych_sidecar_get_store (load_sidecar (f)))),
                    ==, 1);
  g_unlink (target);
}

static void
test_sidecar_hard_link_refused (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *path = sidecar_path (f);
  g_autofree char *other = g_build_filename (f->dir, "other.json", NULL);
  g_autoptr(DiptychSidecar) sidecar = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  write_sidecar (f, DOC (""));
  g_assert_cmpint (link (path, other), ==, 0);

  sidecar = load_sidecar (f);
  add (sidecar, DIPTYCH_ANNOTATION_CLAIM, "The attack");
  g_assert_false (diptych_sidecar_save (sidecar, NULL, &error));
  g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "hard links"));
  after = read_sidecar_file (f);
  g_assert_cmpstr (after, ==, DOC (""));
  g_unlink (other);
}

static void
test_sidecar_stale_temporaries_removed (Fixture       *f,
                                        gconstpointer  data)
{
  g_autofree char *stale = g_build_filename (f->dir, ".story.txt.annotations.json.Ab3dE9.tmp", NULL);
  g_autofree char *other = g_build_filename (f->dir, ".other.txt.annotations.json.Ab3dE9.tmp", NULL);
  g_autoptr(DiptychSidecar) sidecar = load_sidecar (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_true (g_file_set_contents (stale, "{\"half", -1, NULL));
  g_assert_true (g_file_set_contents (other, "{\"half", -1, NULL));
  add (sidecar, DIPTYCH_ANNOTATION_CLAIM, "The attack");
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));  /* not ours */
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (!g_str_has_prefix (name, ".story.txt") || g_str_equal (name, ".other"));
  g_unlink (other);
}

/* A FIFO would block open() until a writer came. */
static void
test_sidecar_fifo_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DiptychText) text = load_article (f);
  g_autofree char *path = sidecar_path (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychSidecar) sidecar = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  sidecar = diptych_sidecar_load (text, NULL, NULL, &error);
  g_assert_null (sidecar);
  g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "not a regular file"));
}

/* 10^4 marks, after a sentence (not ASCII) was inserted at the start of
 * the article: all relocated, each by the sentence's length in code
 * points, onto its own words (the text is varied enough that the first
 * words of one quote never stand at another's old offsets).
 */
static void
test_sidecar_reanchor_many_shifted (Fixture       *f,
                                    gconstpointer  data)
{
  static const char *syllables[] = {
    "ka", "lo", "mi", "ter", "san", "dra", "vel", "on", "is", "pur", "gen", "tal", "ro", "ne",
    "shi", "bar", "cu", "de", "fo", "gri", "ha", "jun", "lek", "mor", "nu", "pi", "qua", "ras",
  };
  const char *inserted = "Mis à jour : l’article a été corrigé. ";
  gsize shift = g_utf8_strlen (inserted, -1);
  guint n_marks = 10000, n_words = 2 * n_marks + 8;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GString) article = g_string_new (NULL);
  g_autoptr(GString) json = g_string_new ("{\"format\": \"diptych-annotations\", \"version\": 1, "
                                          "\"annotations\": [\n");
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autofree char *now = NULL;
  g_autofree char *sidecar_path = g_file_get_path (f->sidecar);
  g_autoptr(DiptychSidecar) sidecar = NULL;
  g_autoptr(GError) error = NULL;
  DiptychAnnotationStore *store;
  DiptychText *text;

  for (guint i = 0; i < n_words; i++)
    {
      gsize start = article->len, end;
      guint n = g_rand_int_range (rand, 1, 4);

      for (guint k = 0; k < n; k++)
        g_string_append (article, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
      end = article->len;
      g_array_append_val (starts, start);
      g_array_append_val (ends, end);
      g_string_append (article, g_rand_int_range (rand, 0, 12) == 0 ? ". " : " ");
    }

  for (guint i = 0; i < n_marks; i++)
    {
      gsize start = g_array_index (starts, gsize, 2 * i);
      gsize end = g_array_index (ends, gsize, 2 * i + 1 + i % 3);
      gsize before = start > DIPTYCH_QUOTE_CONTEXT ? start - DIPTYCH_QUOTE_CONTEXT : 0;
      gsize after = MIN (end + DIPTYCH_QUOTE_CONTEXT, article->len);

      g_string_append_printf (json, "%s{\"id\": \"m%u\", \"kind\": \"claim\", \"start\": %zu, "
                              "\"end\": %zu, \"quote\": {\"exact\": \"%.*s\", \"prefix\": \"%.*s\", "
                              "\"suffix\": \"%.*s\"}}\n",
                              i ? "," : "", i, start, end, (int)(end - start), article->str + start,
                              (int)(start - before), article->str + before,
                              (int)(after - end), article->str + end);
    }
  g_string_append (json, "]}\n");
  g_file_set_contents (sidecar_path, json->str, json->len, &error);
  g_assert_no_error (error);

  now = g_strconcat (inserted, article->str, NULL);
  rewrite_article (f, now);
  sidecar = load_sidecar (f);
  store = diptych_sidecar_get_store (sidecar);
  text = diptych_annotation_store_get_text (store);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n_marks);
  g_assert_cmpuint (diptych_annotation_store_count_anchor (store, DIPTYCH_ANCHOR_RELOCATED), ==, n_marks);
  for (guint i = 0; i < n_marks; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      DiptychAnnotation *a = diptych_annotation_store_lookup (store, id);
      gsize start = g_array_index (starts, gsize, 2 * i);
      gsize end = g_array_index (ends, gsize, 2 * i + 1 + i % 3);
      g_autofree char *words = NULL;

      g_assert_cmpuint (diptych_annotation_get_start (a), ==, start + shift);
      g_assert_cmpuint (diptych_annotation_get_end (a), ==, end + shift);
      words = diptych_text_dup_range (text, diptych_annotation_get_start (a), diptych_annotation_get_end (a));
      g_assert_cmpstr (words, ==, diptych_annotation_get_exact (a));
    }
}

static DiptychAnnotation *
add_in (DiptychSidecar *sidecar,
        const char     *article,
        const char     *words)
{
  DiptychAnnotationStore *store = diptych_sidecar_get_store (sidecar);
  const char *at = strstr (article, words);
  gsize start;
  DiptychAnnotation *annotation;

  g_assert_nonnull (at);
  start = g_utf8_pointer_to_offset (article, at);
  annotation = diptych_annotation_new (DIPTYCH_ANNOTATION_SOURCE, diptych_annotation_store_get_text (store),
                                       start, start + g_utf8_strlen (words, -1));
  diptych_annotation_store_add (store, annotation);
  return annotation;
}

/* Marks not found in their context are looked for between where the
 * marks around them went: a deleted word is not taken from a paragraph
 * far away, and a changed figure is found in its sentence, which moved.
 */
static void
test_sidecar_reanchor_near_neighbours (Fixture       *f,
                                       gconstpointer  data)
{
  const char *before =
    "Officials said 12 people were killed in the morning raid on the market.\n"
    "The governor said the toll could rise as rescuers searched the rubble.\n"
    "A hospital spokesman said most of the wounded were children.\n";
  const char *after =
    "Updated at 10:00 with a statement from the governor's office and new figures.\n"
    "Officials said 14 people were killed in the morning raid on the market.\n"
    "The governor said the toll could rise.\n"
    "A hospital spokesman said most of the wounded were children.\n"
    "Volunteers and rescuers left the city on Monday.\n";
  g_autoptr(DiptychSidecar) sidecar = NULL;
  g_autoptr(DiptychSidecar) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *officials = NULL, *figure = NULL, *rescuers = NULL, *spokesman = NULL;
  DiptychAnnotationStore *store;
  DiptychAnnotation *a;

  rewrite_article (f, before);
  sidecar = load_sidecar (f);
  officials = g_strdup (diptych_annotation_get_id (add_in (sidecar, before, "Officials")));
  figure = g_strdup (diptych_annotation_get_id (add_in (sidecar, before, "12 people")));
  rescuers = g_strdup (diptych_annotation_get_id (add_in (sidecar, before, "rescuers")));
  spokesman = g_strdup (diptych_annotation_get_id (add_in (sidecar, before, "A hospital spokesman")));
  g_assert_true (diptych_sidecar_save (sidecar, NULL, &error));
  g_assert_no_error (error);

  rewrite_article (f, after);
  again = load_sidecar (f);
  store = diptych_sidecar_get_store (again);

  a = diptych_annotation_store_lookup (store, officials);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_RELOCATED);
  a = diptych_annotation_store_lookup (store, spokesman);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_RELOCATED);

  a = diptych_annotation_store_lookup (store, figure);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_CHANGED);
  assert_words_at (a, again, "14 people");

  /* One word on its own, its sentence cut: another paragraph's
   * "rescuers" is not it.
   */
  a = diptych_annotation_store_lookup (store, rescuers);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_ORPHANED);
  g_assert_cmpstr (diptych_annotation_get_exact (a), ==, "rescuers");

  /* Saved with this text, loaded again: each where it was, the
   * relocated ones exact, though the context they keep is the old one.
   */
  g_assert_true (diptych_sidecar_save (again, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(DiptychSidecar) third = load_sidecar (f);
    DiptychAnnotationStore *third_store = diptych_sidecar_get_store (third);
    const char *ids[] = { officials, figure, rescuers, spokesman };
    const DiptychAnchorStatus expected[] = { DIPTYCH_ANCHOR_EXACT, DIPTYCH_ANCHOR_CHANGED,
                                             DIPTYCH_ANCHOR_ORPHANED, DIPTYCH_ANCHOR_EXACT };

    for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
      {
        DiptychAnnotation *before_save = diptych_annotation_store_lookup (store, ids[i]);
        DiptychAnnotation *loaded = diptych_annotation_store_lookup (third_store, ids[i]);

        g_assert_cmpint (diptych_annotation_get_anchor (loaded), ==, expected[i]);
        g_assert_cmpuint (diptych_annotation_get_start (loaded), ==, diptych_annotation_get_start (before_save));
        g_assert_cmpuint (diptych_annotation_get_end (loaded), ==, diptych_annotation_get_end (before_save));
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/diptych/sidecar/missing-is-empty", test_sidecar_missing_is_empty);
  ADD ("/diptych/sidecar/roundtrip", test_sidecar_roundtrip);
  ADD ("/diptych/sidecar/roundtrip-keeps-unknown-keys", test_sidecar_unknown_keys_kept);
  ADD ("/diptych/sidecar/reanchor", test_sidecar_reanchor);
  ADD ("/diptych/sidecar/reanchor-many-shifted", test_sidecar_reanchor_many_shifted);
  ADD ("/diptych/sidecar/reanchor-near-neighbours", test_sidecar_reanchor_near_neighbours);
  ADD ("/diptych/sidecar/changed-until-accepted", test_sidecar_changed_until_accepted);
  ADD ("/diptych/sidecar/changed-back", test_sidecar_changed_back);
  ADD ("/diptych/sidecar/bad-file-untouched", test_sidecar_bad_file_untouched);
  ADD ("/diptych/sidecar/json-error-has-line", test_sidecar_json_error_has_line);
  ADD ("/diptych/sidecar/newer-version-read-only", test_sidecar_newer_version_read_only);
  ADD ("/diptych/sidecar/changed-on-disk", test_sidecar_changed_on_disk);
  ADD ("/diptych/sidecar/read-only-folder", test_sidecar_read_only_folder);
  ADD ("/diptych/sidecar/dangling-links-reported", test_sidecar_dangling_links_reported);
  ADD ("/diptych/sidecar/hostile-refused", test_sidecar_hostile_refused);
  ADD ("/diptych/sidecar/deep-nesting-refused", test_sidecar_deep_nesting_refused);
  ADD ("/diptych/sidecar/too-many-refused", test_sidecar_too_many_refused);
  ADD ("/diptych/sidecar/writes-what-reads-back", test_sidecar_writes_what_reads_back);
  ADD ("/diptych/sidecar/numbers-normalized", test_sidecar_numbers_normalized);
  ADD ("/diptych/sidecar/unreadable-bytes-not-written", test_sidecar_unreadable_bytes_not_written);
  ADD ("/diptych/sidecar/changed-same-mtime", test_sidecar_changed_same_mtime);
  ADD ("/diptych/sidecar/symlink-replaced-at-target", test_sidecar_symlink_replaced_at_target);
  ADD ("/diptych/sidecar/hard-link-refused", test_sidecar_hard_link_refused);
  ADD ("/diptych/sidecar/stale-temporaries-removed", test_sidecar_stale_temporaries_removed);
  ADD ("/diptych/sidecar/fifo-refused", test_sidecar_fifo_refused);
#undef ADD
  g_test_add_func ("/diptych/sidecar/file-names", test_sidecar_file_names);

  return g_test_run ();
}
