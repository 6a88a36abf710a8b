/* test-cli-annotations.c: diptych-cli validate, reanchor and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "core-test-util.h"

#define ARTICLE "The attack injured hundreds, killing nearly 90 people, according to officials.\n"

#define SIDECAR_HEAD "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": ["
#define FIGURE \
  "{\"id\": \"f1\", \"kind\": \"casualty\", \"start\": 29, \"end\": 53," \
  " \"quote\": {\"exact\": \"killing nearly 90 people\"}, \"casualty\": {\"outcome\": \"killed\", \"value\": 90}}"

typedef struct
{
  char *dir;
} Fixture;

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
put (Fixture    *f,
     const char *name,
     const char *contents)
{
  g_autofree char *path = path_in (f, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
get (Fixture    *f,
     const char *name)
{
  g_autofree char *path = path_in (f, name);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("diptych-cli-XXXXXX", &error);
  g_assert_no_error (error);
  put (f, "story.txt", ARTICLE);
  put (f, "story.txt.annotations.json", SIDECAR_HEAD FIGURE "]}");
  put (f, "bad.txt", ARTICLE);
  put (f, "bad.txt.annotations.json", "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": [");
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
}

static int
run_cli (Fixture  *f,
         char    **out,
         char    **err,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;
  va_list ap;

  g_ptr_array_add (args, (char *)g_getenv ("DIPTYCH_CLI"));
  va_start (ap, err);
  for (const char *arg = va_arg (ap, const char *); arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (f->dir, (char **)args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_validate (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *report;

  g_assert_cmpint (run_cli (f, &out, &err, "validate", "--json", "story.txt.annotations.json", NULL), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  report = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
  g_assert_cmpstr (json_object_get_string_member (report, "file"), ==, "story.txt.annotations.json");
  g_assert_cmpint (json_object_get_int_member (report, "annotations"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (report, "exact"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (report, "relocated"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (report, "changed"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (report, "orphaned"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (report, "errors")), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Corrupt: invalid (1), and the message names the file. Problems go to
   * stderr; only a sidecar that was read has counts on stdout.
   */
  g_assert_cmpint (run_cli (f, &out, &err, "validate", "story.txt.annotations.json",
                            "bad.txt.annotations.json", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "bad.txt.annotations.json"));
  g_assert_nonnull (strstr (err, "not valid JSON"));
  g_assert_null (strstr (out, "bad.txt"));
  g_assert_nonnull (strstr (out, "story.txt.annotations.json: 1 annotation (1 exact"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A dangling link is a problem too. */
  put (f, "story.txt.annotations.json", SIDECAR_HEAD
       "{\"id\": \"c1\", \"kind\": \"claim\", \"start\": 0, \"end\": 10, \"quote\": {\"exact\": \"The attack\"},"
       " \"claim\": {\"speaker\": \"nobody\"}}]}");
  g_assert_cmpint (run_cli (f, &out, &err, "validate", "story.txt.annotations.json", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "story.txt.annotations.json: "));
  g_assert_nonnull (strstr (err, "nobody"));
  g_assert_null (strstr (out, "nobody"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Missing: trouble (2), said on stderr, with no counts. */
  g_assert_cmpint (run_cli (f, &out, &err, "validate", "gone.txt.annotations.json", NULL), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "“gone.txt.annotations.json” does not exist"));
}

/* File names with a colon are file names, not URIs. */
static void
test_validate_colon_names (Fixture       *f,
                           gconstpointer  data)
{
  const char *names[] = { "notes:v2.txt", "story-10:30.txt", "C:story.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *sidecar = g_strconcat (names[i], ".annotations.json", NULL);
      g_autofree char *expected = g_strconcat (sidecar, ": 1 annotation (1 exact", NULL);

      put (f, names[i], ARTICLE);
      put (f, sidecar, SIDECAR_HEAD FIGURE "]}");
      g_assert_cmpint (run_cli (f, &out, &err, "validate", sidecar, NULL), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_assert_nonnull (strstr (out, expected));
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);

      g_assert_cmpint (run_cli (f, &out, &err, "reanchor", sidecar, NULL), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);

      g_assert_cmpint (run_cli (f, &out, &err, "export", "--format", "csv", sidecar, NULL), ==, 0);
      g_assert_nonnull (strstr (out, "killing nearly 90 people"));
    }
}

/* A sidecar of a newer version: reanchor says so in its own words (not the
 * window's "open read-only"), exits 2 and leaves the file as it was.
 */
static void
test_reanchor_newer_version (Fixture       *f,
                             gconstpointer  data)
{
  const char *newer = "{\"format\": \"diptych-annotations\", \"version\": 7, \"annotations\": []}";
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *after = NULL;

  put (f, "story.txt.annotations.json", newer);
  g_assert_cmpint (run_cli (f, &out, &err, "reanchor", "story.txt.annotations.json", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "story.txt.annotations.json"));
  g_assert_nonnull (strstr (err, "newer version"));
  g_assert_null (strstr (err, "read-only"));
  after = get (f, "story.txt.annotations.json");
  g_assert_cmpstr (after, ==, newer);
}

static void
test_reanchor (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *rewritten = NULL;
  g_autofree char *bad_after = NULL;

  put (f, "story.txt", "(CNN) " ARTICLE);
  g_assert_cmpint (run_cli (f, &out, &err, "reanchor", "story.txt.annotations.json",
                            "bad.txt.annotations.json", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "bad.txt.annotations.json"));

  rewritten = get (f, "story.txt.annotations.json");
  g_assert_nonnull (strstr (rewritten, "\"start\" : 35"));
  g_assert_nonnull (strstr (rewritten, "\"prefix\" : \"N) The attack injured hundreds, \""));
  g_assert_nonnull (strstr (rewritten, "\"anchor\" : \"exact\""));

  /* The corrupt one is untouched. */
  bad_after = get (f, "bad.txt.annotations.json");
  g_assert_cmpstr (bad_after, ==, "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": [");
}

static void
assert_valid_against_schema (Fixture    *f,
                             const char *name)
{
  g_autofree char *path = path_in (f, name);

  core_test_assert_valid_sidecar (path);
}

#define EDITED_BEFORE \
  "Pyongyang said the test failed, the Korean Central News Agency reported. " \
  "The attack injured hundreds, killing nearly 90 people, according to officials.\n"
#define EDITED_AFTER \
  "Pyongyang said the test failed, the Korean Central News Service reported. " \
  "The attack injured hundreds, killing nearly 86 people, according to officials.\n"

/* One annotation of EDITED_BEFORE as a sidecar holds it. */
static char *
annotation_json (const char *id,
                 const char *kind,
                 const char *words,
                 const char *attributes)
{
  const char *at = strstr (EDITED_BEFORE, words);
  gsize start;

  g_assert_nonnull (at);
  start = at - EDITED_BEFORE;
  return g_strdup_printf ("{\"id\": \"%s\", \"kind\": \"%s\", \"start\": %" G_GSIZE_FORMAT ","
                          " \"end\": %" G_GSIZE_FORMAT ", \"quote\": {\"exact\": \"%s\"},"
                          " \"%s\": %s}",
                          id, kind, start, start + strlen (words), words, kind, attributes);
}

static JsonObject *
find_annotation (JsonParser *parser,
                 const char *id)
{
  JsonArray *annotations = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                         "annotations");

  for (guint i = 0; i < json_array_get_length (annotations); i++)
    {
      JsonObject *a = json_array_get_object_element (annotations, i);

      if (g_str_equal (json_object_get_string_member (a, "id"), id))
        return a;
    }
  g_assert_not_reached ();
}

static const char *
quote_of (JsonObject *a,
          const char *member)
{
  return json_object_get_string_member (json_object_get_object_member (a, member), "exact");
}

/* The article's figure and source changed words: reanchor leaves them
 * changed, with the annotator's words, never exact; it settles the others.
 */
static void
test_reanchor_changed_words (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *said = annotation_json ("c1", "claim", "Pyongyang said", "{\"speaker\": \"s1\"}");
  g_autofree char *source = annotation_json ("s1", "source", "Korean Central News Agency",
                                             "{\"name\": \"KCNA\", \"type\": \"media\"}");
  g_autofree char *figure = annotation_json ("f1", "casualty", "killing nearly 90 people",
                                             "{\"outcome\": \"killed\", \"raw\": \"nearly 90\","
                                             " \"value\": 90, \"high\": 90, \"qualifier\": \"at-most\","
                                             " \"source\": \"s2\"}");
  g_autofree char *officials = annotation_json ("s2", "source", "according to officials",
                                                "{\"type\": \"official\"}");
  g_autofree char *sidecar = g_strconcat (SIDECAR_HEAD, said, ", ", source, ", ", figure, ", ",
                                          officials, "]}", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *rewritten = NULL;
  g_autofree char *again = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *a;

  put (f, "edited.txt", EDITED_BEFORE);
  put (f, "edited.txt.annotations.json", sidecar);
  g_assert_cmpint (run_cli (f, &out, &err, "reanchor", "edited.txt.annotations.json", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  put (f, "edited.txt", EDITED_AFTER);
  g_assert_cmpint (run_cli (f, &out, &err, "reanchor", "edited.txt.annotations.json", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "edited.txt.annotations.json: 1 exact, 1 relocated, 2 changed, 0 orphaned\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  rewritten = get (f, "edited.txt.annotations.json");
  json_parser_load_from_data (parser, rewritten, -1, &error);
  g_assert_no_error (error);

  a = find_annotation (parser, "s1");
  g_assert_cmpstr (json_object_get_string_member (a, "anchor"), ==, "changed");
  g_assert_cmpstr (quote_of (a, "quote"), ==, "Korean Central News Service");
  g_assert_cmpstr (quote_of (a, "previous_quote"), ==, "Korean Central News Agency");
  g_assert_cmpint (json_object_get_int_member (a, "end") - json_object_get_int_member (a, "start"), ==,
                   strlen ("Korean Central News Service"));

  a = find_annotation (parser, "f1");
  g_assert_cmpstr (json_object_get_string_member (a, "anchor"), ==, "changed");
  g_assert_cmpstr (quote_of (a, "quote"), ==, "killing nearly 86 people");
  g_assert_cmpstr (quote_of (a, "previous_quote"), ==, "killing nearly 90 people");
  /* The annotator's figure, until the annotator accepts the new words. */
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (a, "casualty"), "value"), ==, 90);

  a = find_annotation (parser, "c1");
  g_assert_cmpstr (json_object_get_string_member (a, "anchor"), ==, "exact");
  g_assert_false (json_object_has_member (a, "previous_quote"));
  a = find_annotation (parser, "s2");
  g_assert_cmpstr (json_object_get_string_member (a, "anchor"), ==, "exact");
  g_assert_cmpint (json_object_get_int_member (a, "start"), ==,
                   strstr (EDITED_AFTER, "according to officials") - EDITED_AFTER);
  g_assert_false (json_object_has_member (a, "previous_quote"));
  assert_valid_against_schema (f, "edited.txt.annotations.json");

  /* Again: nothing left to settle, nothing rewritten, still changed. */
  g_assert_cmpint (run_cli (f, &out, &err, "reanchor", "edited.txt.annotations.json", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "edited.txt.annotations.json: 2 exact, 0 relocated, 2 changed, 0 orphaned\n");
  again = get (f, "edited.txt.annotations.json");
  g_assert_cmpstr (again, ==, rewritten);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, &out, &err, "validate", "edited.txt.annotations.json", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "edited.txt.annotations.json: 4 annotations "
                            "(2 exact, 0 relocated, 2 changed, 0 orphaned)\n");
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *ann = NULL;
  g_autofree char *txt = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *partial = NULL;

  g_assert_cmpint (run_cli (f, &out, &err, "export", "--format", "csv", "story.txt.annotations.json", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "article,id,kind,start,end,text,"));
  g_assert_nonnull (strstr (out, "story.txt,f1,casualty,29,53,killing nearly 90 people,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* brat needs a folder; an unknown format is trouble. */
  g_assert_cmpint (run_cli (f, &out, &err, "export", "--format", "brat", "story.txt.annotations.json", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "export", "--format", "xml", "story.txt.annotations.json", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, &out, &err, "export", "--format", "brat", "-o", "brat",
                            "story.txt.annotations.json", NULL), ==, 0);
  ann = get (f, "brat/story.ann");
  txt = get (f, "brat/story.txt");
  g_assert_cmpstr (ann, ==, "T1\tCasualty 29 53\tkilling nearly 90 people\n"
                            "A1\tOutcome T1 killed\nA2\tQualifier T1 exact\nA3\tGroup T1 people\n"
                            "#1\tAnnotatorNotes T1\tvalue=90 low= high=\n");
  g_assert_cmpstr (txt, ==, ARTICLE);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* One bad sidecar among good ones: nothing is written. */
  g_assert_cmpint (run_cli (f, &out, &err, "export", "--format", "csv", "-o", "csv",
                            "story.txt.annotations.json", "bad.txt.annotations.json", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "bad.txt.annotations.json"));
  partial = get (f, "csv/story.csv");
  g_assert_null (partial);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, &out, &err, "export", "--format", "csv", "-o", "csv",
                            "story.txt.annotations.json", NULL), ==, 0);
  csv = get (f, "csv/story.csv");
  g_assert_nonnull (csv);
}

/* A sidecar from a newer Diptych: export and reanchor refuse it, naming
 * the file and both versions, and write nothing.
 */
static void
test_newer_version_refused (Fixture       *f,
                            gconstpointer  data)
{
  const char *newer = "{\"format\": \"diptych-annotations\", \"version\": 7, \"annotations\": [" FIGURE "]}";
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *after = NULL;
  g_autofree char *exported = NULL;

  put (f, "story.txt.annotations.json", newer);
  g_assert_cmpint (run_cli (f, &out, &err, "export", "--format", "csv", "-o", "csv",
                            "story.txt.annotations.json", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "story.txt.annotations.json"));
  g_assert_nonnull (strstr (err, "version 7"));
  g_assert_nonnull (strstr (err, "version 1"));
  exported = get (f, "csv/story.csv");
  g_assert_null (exported);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, &out, &err, "export", "--format", "csv", "story.txt.annotations.json", NULL), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, &out, &err, "reanchor", "story.txt.annotations.json", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "story.txt.annotations.json"));
  g_assert_nonnull (strstr (err, "version 7"));
  g_assert_nonnull (strstr (err, "version 1"));
  after = get (f, "story.txt.annotations.json");
  g_assert_cmpstr (after, ==, newer);
}

/* a/story.txt and b/story.txt into one folder; brat beside the article. */
static void
test_export_never_overwrites (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *a = path_in (f, "a");
  g_autofree char *b = path_in (f, "b");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *article = NULL;

  g_mkdir (a, 0755);
  g_mkdir (b, 0755);
  put (f, "a/story.txt", ARTICLE);
  put (f, "a/story.txt.annotations.json", SIDECAR_HEAD FIGURE "]}");
  put (f, "b/story.txt", ARTICLE);
  put (f, "b/story.txt.annotations.json", SIDECAR_HEAD "]}");

  g_assert_cmpint (run_cli (f, &out, &err, "export", "--format", "csv", "-o", "out",
                            "a/story.txt.annotations.json", "b/story.txt.annotations.json", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "a/story.txt.annotations.json"));
  g_assert_nonnull (strstr (err, "b/story.txt.annotations.json"));
  csv = get (f, "out/story.csv");
  g_assert_null (csv);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The article has a BOM, which an export's copy would drop. */
  put (f, "story.txt", "\xef\xbb\xbf" ARTICLE);
  g_assert_cmpint (run_cli (f, &out, &err, "export", "--format", "brat", "-o", ".",
                            "story.txt.annotations.json", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "article itself"));
  article = get (f, "story.txt");
  g_assert_cmpstr (article, ==, "\xef\xbb\xbf" ARTICLE);
}

static void
test_validate_subset_cycles (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  put (f, "story.txt.annotations.json", SIDECAR_HEAD
       "{\"id\": \"f1\", \"kind\": \"casualty\", \"start\": 29, \"end\": 53,"
       " \"quote\": {\"exact\": \"killing nearly 90 people\"}, \"casualty\": {\"subset_of\": \"f2\"}},"
       "{\"id\": \"f2\", \"kind\": \"casualty\", \"start\": 29, \"end\": 53,"
       " \"quote\": {\"exact\": \"killing nearly 90 people\"}, \"casualty\": {\"subset_of\": \"f1\"}},"
       "{\"id\": \"f3\", \"kind\": \"casualty\", \"start\": 29, \"end\": 53,"
       " \"quote\": {\"exact\": \"killing nearly 90 people\"}, \"casualty\": {\"subset_of\": \"f3\"}},"
       "{\"id\": \"f4\", \"kind\": \"casualty\", \"start\": 29, \"end\": 53,"
       " \"quote\": {\"exact\": \"killing nearly 90 people\"}, \"casualty\": {\"subset_of\": \"f1\"}}"
       "]}");
  g_assert_cmpint (run_cli (f, &out, &err, "validate", "story.txt.annotations.json", NULL), ==, 1);
  /* Problems go to stderr. */
  g_assert_nonnull (strstr (err, "“f1” → “f2” → “f1”"));
  g_assert_nonnull (strstr (err, "“f3” → “f3”"));
  g_assert_null (strstr (err, "“f4” →"));
}

/* A claim holding a casualty member keeps it, and validate accepts the
 * sidecar that reanchor writes.
 */
static void
test_reanchor_keeps_other_kinds (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *after = NULL;

  put (f, "story.txt.annotations.json", SIDECAR_HEAD
       "{\"id\": \"c1\", \"kind\": \"claim\", \"start\": 0, \"end\": 10,"
       " \"quote\": {\"exact\": \"The attack\"}, \"claim\": {\"verdict\": \"disputed\"},"
       " \"casualty\": {\"outcome\": \"sideways\", \"subset_of\": \"nowhere\"}}]}");
  g_assert_cmpint (run_cli (f, &out, &err, "reanchor", "story.txt.annotations.json", NULL), ==, 0);
  after = get (f, "story.txt.annotations.json");
  g_assert_nonnull (strstr (after, "\"outcome\" : \"sideways\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "validate", "story.txt.annotations.json", NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/diptych/cli-annotations/validate", test_validate);
  ADD ("/diptych/cli-annotations/validate-colon-names", test_validate_colon_names);
  ADD ("/diptych/cli-annotations/reanchor", test_reanchor);
  ADD ("/diptych/cli-annotations/reanchor-newer-version", test_reanchor_newer_version);
  ADD ("/diptych/cli-annotations/reanchor-changed-words", test_reanchor_changed_words);
  ADD ("/diptych/cli-annotations/export", test_export);
  ADD ("/diptych/cli-annotations/newer-version-refused", test_newer_version_refused);
  ADD ("/diptych/cli-annotations/export-never-overwrites", test_export_never_overwrites);
  ADD ("/diptych/cli-annotations/validate-subset-cycles", test_validate_subset_cycles);
  ADD ("/diptych/cli-annotations/reanchor-keeps-other-kinds", test_reanchor_keeps_other_kinds);
#undef ADD

  return g_test_run ();
}
