/* test-annotation-document.c: one article's annotations: loading, the
 * rules for a new mark, autosave, conflicts, merging, saving elsewhere,
 * and a text that changed on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "diptych-annotation-document.h"
#include "diptych-annotation-history.h"
#include "diptych-enums.h"
#include "diptych-text-file.h"

#include "core-test-util.h"

#define ARTICLE_TEXT \
  "The attack injured hundreds, killing nearly 90 people, including almost 20 women " \
  "and more than 30 children, according to Syrian health officials. The Korean Central " \
  "News Agency said nothing.\n"

typedef struct
{
  char                      *dir;
  char                      *article_path;
  char                      *sidecar_path;
  GFile                     *article;
  DiptychAnnotationDocument *document;
  DiptychAnnotationHistory  *history;
} Fixture;

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static DiptychText *
read_article (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  DiptychText *text = diptych_text_new_from_file (f->article, NULL, &error);

  g_assert_no_error (error);
  return text;
}

static void
load (Fixture *f)
{
  g_autoptr(DiptychText) text = read_article (f);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  diptych_annotation_document_load_async (f->document, text, NULL, async_done_cb, &result);
  g_assert_cmpint (diptych_annotation_document_get_state (f->document), ==, DIPTYCH_DOCUMENT_STATE_LOADING);
  WAIT_UNTIL (result != NULL);
  g_assert_true (diptych_annotation_document_load_finish (f->document, result, &error));
  g_assert_no_error (error);
}

static gboolean
save (Fixture  *f,
      GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  diptych_annotation_document_save_async (f->document, NULL, async_done_cb, &result);
  WAIT_UNTIL (result != NULL);
  return diptych_annotation_document_save_finish (f->document, result, error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("diptych-document-XXXXXX", &error);
  g_assert_no_error (error);
  f->article_path = g_build_filename (f->dir, "story.txt", NULL);
  f->sidecar_path = g_strconcat (f->article_path, ".annotations.json", NULL);
  write_file (f->article_path, ARTICLE_TEXT);
  f->article = g_file_new_for_path (f->article_path);
  f->document = diptych_annotation_document_new (f->article);
  /* Tests save when they say so, unless they ask for autosave. */
  diptych_annotation_document_set_autosave_delay (f->document, 60 * 1000);
  f->history = diptych_annotation_history_new ();
}

static void
remove_all (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_all (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->history);
  RELEASE_AND_WAIT (f->document);
  g_chmod (f->dir, 0755);
  remove_all (f->dir);
  g_free (f->dir);
  g_free (f->article_path);
  g_free (f->sidecar_path);
  g_object_unref (f->article);
}

/* Offsets of @needle in the article, in code points (the text is ASCII). */
static void
find (const char *needle,
      gsize      *start,
      gsize      *end)
{
  const char *at = strstr (ARTICLE_TEXT, needle);

  g_assert_nonnull (at);
  *start = at - ARTICLE_TEXT;
  *end = *start + strlen (needle);
}

static DiptychAnnotation *
mark (Fixture               *f,
      DiptychAnnotationKind  kind,
      const char            *words)
{
  g_autoptr(DiptychAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  gboolean existing;
  gsize start, end;

  find (words, &start, &end);
  annotation = diptych_annotation_document_prepare_mark (f->document, kind, start, end, &existing, &error);
  g_assert_no_error (error);
  g_assert_false (existing);
  g_assert_true (diptych_annotation_history_add (f->history, f->document, annotation));
  return g_steal_pointer (&annotation);
}

static guint
n_marks (DiptychAnnotationDocument *document)
{
  return g_list_model_get_n_items (G_LIST_MODEL (diptych_annotation_document_get_store (document)));
}

static void
test_load_empty (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_cmpint (diptych_annotation_document_get_state (f->document), ==, DIPTYCH_DOCUMENT_STATE_EMPTY);
  g_assert_null (diptych_annotation_document_get_store (f->document));

  load (f);
  g_assert_cmpint (diptych_annotation_document_get_state (f->document), ==, DIPTYCH_DOCUMENT_STATE_SAVED);
  g_assert_cmpuint (n_marks (f->document), ==, 0);
  g_assert_false (diptych_annotation_document_get_modified (f->document));
  g_assert_false (diptych_annotation_document_get_sidecar_exists (f->document));
  /* Nothing to save: no file appears. */
  g_assert_true (save (f, NULL));
  g_assert_false (g_file_test (f->sidecar_path, G_FILE_TEST_EXISTS));
}

static void
record_state_cb (DiptychAnnotationDocument *document,
                 GParamSpec                *pspec,
                 GString                   *states)
{
  GEnumClass *klass = g_type_class_peek (DIPTYCH_TYPE_DOCUMENT_STATE);
  GEnumValue *value = g_enum_get_value (klass, diptych_annotation_document_get_state (document));

  if (states->len > 0)
    g_string_append_c (states, ' ');
  g_string_append (states, value->value_nick);
}

static void
test_autosave (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GString) states = g_string_new (NULL);
  g_autofree char *saved = NULL;
  g_autoptr(DiptychAnnotation) figure = NULL;

  load (f);
  g_signal_connect (f->document, "notify::state", G_CALLBACK (record_state_cb), states);
  diptych_annotation_document_set_autosave_delay (f->document, 10);

  figure = mark (f, DIPTYCH_ANNOTATION_CASUALTY, "killing nearly 90 people");
  g_assert_true (diptych_annotation_document_get_modified (f->document));
  WAIT_UNTIL (diptych_annotation_document_get_state (f->document) == DIPTYCH_DOCUMENT_STATE_SAVED);
  g_assert_cmpstr (states->str, ==, "modified saving saved");
  g_assert_false (diptych_annotation_document_get_modified (f->document));

  saved = read_file (f->sidecar_path);
  g_assert_nonnull (saved);
  g_assert_nonnull (strstr (saved, "\"killing nearly 90 people\""));
  g_assert_nonnull (strstr (saved, "\"value\" : 90"));

  /* An edit during a write is saved after it. */
  g_string_truncate (states, 0);
  {
    g_autoptr(DiptychAnnotation) edited = diptych_annotation_copy (figure);

    diptych_annotation_set_note (edited, "first");
    diptych_annotation_history_edit (f->history, f->document, figure, edited);
    WAIT_UNTIL (diptych_annotation_document_get_state (f->document) == DIPTYCH_DOCUMENT_STATE_SAVING);
    diptych_annotation_set_note (edited, "second");
    diptych_annotation_history_edit (f->history, f->document, figure, edited);
    WAIT_UNTIL (diptych_annotation_document_get_state (f->document) == DIPTYCH_DOCUMENT_STATE_SAVED &&
                !diptych_annotation_document_get_modified (f->document));
  }
  g_free (saved);
  saved = read_file (f->sidecar_path);
  g_assert_nonnull (strstr (saved, "\"second\""));
}

static void
test_reload_from_disk (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DiptychAnnotationDocument) again = NULL;
  g_autoptr(DiptychAnnotation) source = NULL;
  g_autoptr(DiptychText) text = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  DiptychAnnotation *read_back;

  load (f);
  source = mark (f, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials");
  g_assert_true (save (f, NULL));

  again = diptych_annotation_document_new (f->article);
  text = read_article (f);
  diptych_annotation_document_load_async (again, text, NULL, async_done_cb, &result);
  WAIT_UNTIL (result != NULL);
  g_assert_true (diptych_annotation_document_load_finish (again, result, NULL));
  g_assert_cmpuint (n_marks (again), ==, 1);
  read_back = diptych_annotation_store_lookup (diptych_annotation_document_get_store (again),
                                               diptych_annotation_get_id (source));
  g_assert_nonnull (read_back);
  g_assert_cmpstr (diptych_annotation_get_source (read_back)->name, ==, "Syrian health officials");
  g_assert_true (diptych_annotation_document_get_sidecar_exists (again));
}

typedef struct
{
  const char            *selected;  /* the words selected, within the article */
  DiptychAnnotationKind  kind;
  const char            *marked;    /* what the mark holds, or NULL: refused */
} MarkCase;

static const MarkCase mark_cases[] = {
  { " 20", DIPTYCH_ANNOTATION_CASUALTY, "20" },
  { "nearly 90 people, ", DIPTYCH_ANNOTATION_CASUALTY, "nearly 90 people," },
  { "illing nearly 9", DIPTYCH_ANNOTATION_CASUALTY, "killing nearly 90" },
  { " ", DIPTYCH_ANNOTATION_SOURCE, NULL },
  { ", ", DIPTYCH_ANNOTATION_CLAIM, NULL },
  { "Korean Central News Agen", DIPTYCH_ANNOTATION_SOURCE, "Korean Central News Agency" },
  { "health officia", DIPTYCH_ANNOTATION_SOURCE, "health officials" },
};

static void
test_mark_rules (gconstpointer data)
{
  const MarkCase *c = data;
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr(DiptychAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  gboolean existing;
  gsize start, end;

  fixture_set_up (f, NULL);
  load (f);

  find (c->selected, &start, &end);
  annotation = diptych_annotation_document_prepare_mark (f->document, c->kind, start, end, &existing, &error);
  if (c->marked == NULL)
    {
      g_assert_error (error, DIPTYCH_DOCUMENT_ERROR, DIPTYCH_DOCUMENT_ERROR_NO_WORDS);
      g_assert_null (annotation);
    }
  else
    {
      g_assert_no_error (error);
      g_assert_cmpstr (diptych_annotation_get_exact (annotation), ==, c->marked);
      if (c->kind == DIPTYCH_ANNOTATION_SOURCE)
        g_assert_cmpstr (diptych_annotation_get_source (annotation)->name, ==, c->marked);
    }

  g_clear_object (&annotation);
  fixture_tear_down (f, NULL);
}

static void
test_mark_twice (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(DiptychAnnotation) first = NULL;
  g_autoptr(DiptychAnnotation) again = NULL;
  g_autoptr(DiptychAnnotation) claim = NULL;
  gboolean existing;
  gsize start, end;

  load (f);
  first = mark (f, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials");

  /* The same words again, with a space more: the mark that is there. */
  find (" Syrian health officials", &start, &end);
  again = diptych_annotation_document_prepare_mark (f->document, DIPTYCH_ANNOTATION_SOURCE, start, end,
                                                    &existing, NULL);
  g_assert_true (existing);
  g_assert_true (again == first);
  g_assert_cmpuint (n_marks (f->document), ==, 1);

  /* Another kind on the same words is another mark. */
  claim = diptych_annotation_document_prepare_mark (f->document, DIPTYCH_ANNOTATION_CLAIM, start, end,
                                                    &existing, NULL);
  g_assert_false (existing);
  g_assert_true (claim != first);
}

static void
test_casualty_fields (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DiptychAnnotation) figure = NULL;
  const DiptychCasualty *c;

  load (f);
  figure = mark (f, DIPTYCH_ANNOTATION_CASUALTY, "more than 30 children");
  c = diptych_annotation_get_casualty (figure);
  g_assert_cmpint (c->value, ==, 30);
  g_assert_cmpint (c->qualifier, ==, DIPTYCH_QUALIFIER_AT_LEAST);
  g_assert_cmpint (c->group, ==, DIPTYCH_GROUP_CHILDREN);
}

static void
test_conflict_and_merge (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(DiptychAnnotation) ours = NULL;
  g_autoptr(DiptychAnnotation) theirs_mark = NULL;
  g_autoptr(DiptychAnnotationDocument) theirs = NULL;
  g_autoptr(DiptychAnnotationHistory) their_history = diptych_annotation_history_new ();
  g_autoptr(DiptychText) text = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  gboolean existing;
  gsize start, end;

  load (f);
  ours = mark (f, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials");
  g_assert_true (save (f, NULL));

  /* Someone else opens the article and saves a mark of theirs. */
  theirs = diptych_annotation_document_new (f->article);
  text = read_article (f);
  diptych_annotation_document_load_async (theirs, text, NULL, async_done_cb, &result);
  WAIT_UNTIL (result != NULL);
  g_clear_object (&result);
  find ("Korean Central News Agency", &start, &end);
  theirs_mark = diptych_annotation_document_prepare_mark (theirs, DIPTYCH_ANNOTATION_SOURCE, start, end,
                                                          &existing, NULL);
  diptych_annotation_history_add (their_history, theirs, theirs_mark);
  diptych_annotation_document_save_async (theirs, NULL, async_done_cb, &result);
  WAIT_UNTIL (result != NULL);
  g_assert_true (diptych_annotation_document_save_finish (theirs, result, NULL));
  g_clear_object (&result);
  /* Saved a while after ours: file systems stamp times coarsely. */
  {
    g_autoptr(GFile) sidecar = g_file_new_for_path (f->sidecar_path);

    g_assert_true (g_file_set_attribute_uint64 (sidecar, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                g_get_real_time () / G_USEC_PER_SEC + 5,
                                                G_FILE_QUERY_INFO_NONE, NULL, NULL));
  }

  /* Ours changes too: saving it must not lose theirs. */
  {
    g_autoptr(DiptychAnnotation) edited = diptych_annotation_copy (ours);

    diptych_annotation_set_note (edited, "ministry of health");
    diptych_annotation_history_edit (f->history, f->document, ours, edited);
  }
  g_assert_false (save (f, &error));
  g_assert_error (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK);
  g_assert_cmpint (diptych_annotation_document_get_state (f->document), ==, DIPTYCH_DOCUMENT_STATE_CONFLICT);
  g_assert_nonnull (diptych_annotation_document_get_error (f->document));
  saved = read_file (f->sidecar_path);
  g_assert_nonnull (strstr (saved, "Korean Central News Agency"));
  g_assert_null (strstr (saved, "ministry of health"));

  diptych_annotation_document_merge_async (f->document, NULL, async_done_cb, &result);
  WAIT_UNTIL (result != NULL);
  g_assert_true (diptych_annotation_document_merge_finish (f->document, result, NULL));
  g_assert_cmpint (diptych_annotation_document_get_state (f->document), ==, DIPTYCH_DOCUMENT_STATE_SAVED);
  g_assert_cmpuint (n_marks (f->document), ==, 2);
  g_free (saved);
  saved = read_file (f->sidecar_path);
  g_assert_nonnull (strstr (saved, "Korean Central News Agency"));
  g_assert_nonnull (strstr (saved, "ministry of health"));
}

static void
test_corrupt_read_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (f->dir, "elsewhere.json", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(DiptychAnnotation) figure = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *elsewhere = NULL;

  write_file (f->sidecar_path, "{ not json");
  load (f);
  g_assert_cmpint (diptych_annotation_document_get_state (f->document), ==, DIPTYCH_DOCUMENT_STATE_READ_ONLY);
  g_assert_nonnull (strstr (diptych_annotation_document_get_error (f->document)->message, "story.txt.annotations.json"));

  /* Marks live in memory; the file is never written. */
  figure = mark (f, DIPTYCH_ANNOTATION_CASUALTY, "nearly 90 people");
  g_assert_false (save (f, &error));
  g_assert_nonnull (error);
  after = read_file (f->sidecar_path);
  g_assert_cmpstr (after, ==, "{ not json");

  /* Save As puts them elsewhere, and saves there from then on. */
  diptych_annotation_document_save_as_async (f->document, other, NULL, async_done_cb, &result);
  WAIT_UNTIL (result != NULL);
  g_assert_true (diptych_annotation_document_save_as_finish (f->document, result, NULL));
  g_assert_cmpint (diptych_annotation_document_get_state (f->document), ==, DIPTYCH_DOCUMENT_STATE_SAVED);
  g_assert_true (g_file_equal (diptych_annotation_document_get_sidecar_file (f->document), other));
  elsewhere = read_file (other_path);
  g_assert_nonnull (strstr (elsewhere, "nearly 90 people"));
  g_free (after);
  after = read_file (f->sidecar_path);
  g_assert_cmpstr (after, ==, "{ not json");
}

static void
test_newer_version_read_only (Fixture       *f,
                              gconstpointer  data)
{
  const char *newer = "{\"format\": \"diptych-annotations\", \"version\": 7, \"annotations\": []}";
  g_autofree char *after = NULL;
  g_autoptr(DiptychAnnotation) figure = NULL;

  write_file (f->sidecar_path, newer);
  load (f);
  g_assert_cmpint (diptych_annotation_document_get_state (f->document), ==, DIPTYCH_DOCUMENT_STATE_READ_ONLY);
  g_assert_nonnull (strstr (diptych_annotation_document_get_error (f->document)->message, "version 7"));
  figure = mark (f, DIPTYCH_ANNOTATION_CASUALTY, "nearly 90 people");
  g_assert_false (save (f, NULL));
  after = read_file (f->sidecar_path);
  g_assert_cmpstr (after, ==, newer);
}

static void
test_article_changed (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DiptychAnnotation) figure = NULL;
  g_autoptr(DiptychAnnotation) source = NULL;
  g_autoptr(DiptychText) text = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *saved = NULL;
  DiptychAnnotationStore *store;
  DiptychAnnotation *placed;

  load (f);
  figure = mark (f, DIPTYCH_ANNOTATION_CASUALTY, "killing nearly 90 people");
  g_assert_true (save (f, NULL));
  /* Not saved yet when the article changes. */
  source = mark (f, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials");

  changed = g_strconcat ("UPDATE: ", ARTICLE_TEXT, NULL);
  write_file (f->article_path, changed);
  WAIT_UNTIL (diptych_annotation_document_get_article_changed (f->document));

  text = read_article (f);
  diptych_annotation_document_load_async (f->document, text, NULL, async_done_cb, &result);
  WAIT_UNTIL (result != NULL);
  g_assert_true (diptych_annotation_document_load_finish (f->document, result, NULL));
  g_assert_false (diptych_annotation_document_get_article_changed (f->document));
  g_assert_true (diptych_annotation_document_get_text (f->document) == text);

  /* Both marks are there, moved with their words; the unsaved one was saved. */
  store = diptych_annotation_document_get_store (f->document);
  g_assert_cmpuint (n_marks (f->document), ==, 2);
  placed = diptych_annotation_store_lookup (store, diptych_annotation_get_id (figure));
  g_assert_nonnull (placed);
  g_assert_cmpstr (diptych_annotation_get_exact (placed), ==, "killing nearly 90 people");
  g_assert_cmpuint (diptych_annotation_get_start (placed), ==,
                    strlen ("UPDATE: ") + (strstr (ARTICLE_TEXT, "killing") - ARTICLE_TEXT));
  g_assert_cmpint (diptych_annotation_get_anchor (placed), ==, DIPTYCH_ANCHOR_RELOCATED);
  g_assert_nonnull (diptych_annotation_store_lookup (store, diptych_annotation_get_id (source)));
  saved = read_file (f->sidecar_path);
  g_assert_nonnull (strstr (saved, "Syrian health officials"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/diptych/annotation-document/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("load-without-sidecar", test_load_empty);
  ADD ("autosave", test_autosave);
  ADD ("reload-from-disk", test_reload_from_disk);
  ADD ("mark-twice-selects-the-mark", test_mark_twice);
  ADD ("casualty-fields-from-words", test_casualty_fields);
  ADD ("conflict-and-merge", test_conflict_and_merge);
  ADD ("corrupt-sidecar-read-only-save-as", test_corrupt_read_only);
  ADD ("newer-version-read-only", test_newer_version_read_only);
  ADD ("article-changed-on-disk", test_article_changed);

  for (guint i = 0; i < G_N_ELEMENTS (mark_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/diptych/annotation-document/mark-rules/%u", i);

      g_test_add_data_func (path, &mark_cases[i], test_mark_rules);
    }

  return g_test_run ();
}
