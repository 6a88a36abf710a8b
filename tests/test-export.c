/* test-export.c: exports read back by real consumers
 *
 * CSV by Python's csv module, the Web Annotations by pyld (JSON-LD
 * expansion with the W3C context from tests/data), brat by a strict parser
 * of its standoff format, doccano by json-glib.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diptych-export.h"
#include "diptych-text-file.h"

/* Non-ASCII letters, an emoji (beyond the BMP) before a span, CRLF. */
#define ARTICLE \
  "🔴 Syrian health officials said the attack on the café injured hundreds,\r\n" \
  "killing nearly 90 people, including almost 20 women.\r\n" \
  "“These people did not ask for permission,” Rouhani added.\r\n"

typedef struct
{
  char                   *dir;
  DiptychText            *text;
  DiptychAnnotationStore *store;
  DiptychAnnotation      *source;
  DiptychAnnotation      *figure;
  DiptychAnnotation      *women;
  DiptychAnnotation      *claim;
  DiptychAnnotation      *orphan;
} Fixture;

static DiptychAnnotation *
add (Fixture               *f,
     DiptychAnnotationKind  kind,
     const char            *words)
{
  const char *at = strstr (ARTICLE, words);
  gsize start;
  DiptychAnnotation *a;

  g_assert_nonnull (at);
  start = g_utf8_pointer_to_offset (ARTICLE, at);
  a = diptych_annotation_new (kind, f->text, start, start + g_utf8_strlen (words, -1));
  diptych_annotation_store_add (f->store, a);
  g_object_unref (a);
  return a;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  DiptychSource source = { (char *)"Syrian health officials, \"SHO\"", DIPTYCH_SOURCE_OFFICIAL };
  DiptychCasualty casualty = { 0 };
  DiptychClaim claim = { NULL, DIPTYCH_VERDICT_DISPUTED };

  f->dir = g_dir_make_tmp ("diptych-export-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "story.txt", NULL);
  g_file_set_contents (path, ARTICLE, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  f->text = diptych_text_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  f->store = diptych_annotation_store_new (f->text);

  f->source = add (f, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials");
  diptych_annotation_set_source (f->source, &source);

  /* Crosses a line break. */
  f->figure = add (f, DIPTYCH_ANNOTATION_CASUALTY, "injured hundreds,\r\nkilling nearly 90 people");
  casualty.outcome = DIPTYCH_OUTCOME_KILLED;
  casualty.raw = (char *)"nearly 90";
  casualty.value = 90;
  casualty.low = DIPTYCH_NO_NUMBER;
  casualty.high = 90;
  casualty.qualifier = DIPTYCH_QUALIFIER_AT_MOST;
  casualty.source = (char *)diptych_annotation_get_id (f->source);
  diptych_annotation_set_casualty (f->figure, &casualty);
  diptych_annotation_set_note (f->figure, "Two figures, \"injured\" and \"killed\";\nsplit later,\tmaybe");

  f->women = add (f, DIPTYCH_ANNOTATION_CASUALTY, "almost 20 women");
  casualty.raw = (char *)"almost 20";
  casualty.value = 20;
  casualty.high = 20;
  casualty.group = DIPTYCH_GROUP_WOMEN;
  casualty.subset_of = (char *)diptych_annotation_get_id (f->figure);
  diptych_annotation_set_casualty (f->women, &casualty);

  f->claim = add (f, DIPTYCH_ANNOTATION_CLAIM, "“These people did not ask for permission,”");
  claim.speaker = (char *)diptych_annotation_get_id (f->source);
  diptych_annotation_set_claim (f->claim, &claim);

  f->orphan = add (f, DIPTYCH_ANNOTATION_CLAIM, "Rouhani added");
  diptych_annotation_set_anchor (f->orphan, DIPTYCH_ANCHOR_ORPHANED, 0, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_clear_object (&f->store);
  g_clear_object (&f->text);
}

/* Runs a Python program on @input; returns what it printed, or NULL (and
 * skips the test) when Debian's python3 or the module it needs is missing.
 */
static char *
run_python (const char *program,
            const char *input,
            const char *module)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  const char *context = TEST_DATA_DIR "/w3c-anno-context.jsonld";
  const char *argv[] = { "/usr/bin/python3", "-c", program, input, context, NULL };

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no /usr/bin/python3");
      return NULL;
    }

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (strstr (err, "No module named") != NULL)
    {
      g_autofree char *why = g_strdup_printf ("python3 module %s missing", module);

      g_test_skip (why);
      g_free (out);
      return NULL;
    }
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("python failed:\n%s", err);
  return out;
}

static char *
write_export (Fixture    *f,
              const char *name,
              const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static JsonNode *
parse_json (const char *data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *csv = diptych_export_csv (f->store, NULL);
  g_autofree char *path = write_export (f, "story.csv", csv);
  g_autofree char *out = run_python (
    "import csv, json, sys\n"
    "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
    "    print(json.dumps(list(csv.DictReader(f, strict=True))))\n",
    path, "csv");
  g_autoptr(JsonNode) rows = NULL;
  JsonArray *array;
  guint n;

  if (out == NULL)
    return;

  rows = parse_json (out);
  array = json_node_get_array (rows);
  n = g_list_model_get_n_items (G_LIST_MODEL (f->store));
  g_assert_cmpuint (json_array_get_length (array), ==, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (f->store), i);
      JsonObject *row = json_array_get_object_element (array, i);
      g_autofree char *start = g_strdup_printf ("%" G_GSIZE_FORMAT, diptych_annotation_get_start (a));

      g_assert_cmpstr (json_object_get_string_member (row, "article"), ==, "story.txt");
      g_assert_cmpstr (json_object_get_string_member (row, "id"), ==, diptych_annotation_get_id (a));
      g_assert_cmpstr (json_object_get_string_member (row, "kind"), ==,
                       diptych_annotation_kind_to_string (diptych_annotation_get_kind (a)));
      /* An orphan's old offsets would point at other words. */
      g_assert_cmpstr (json_object_get_string_member (row, "start"), ==, a == f->orphan ? "" : start);
      g_assert_cmpstr (json_object_get_string_member (row, "text"), ==, diptych_annotation_get_exact (a));
      g_assert_cmpstr (json_object_get_string_member (row, "previous_text"), ==, "");
      g_assert_cmpstr (json_object_get_string_member (row, "note"), ==, diptych_annotation_get_note (a));

      if (a == f->figure)
        {
          g_assert_cmpstr (json_object_get_string_member (row, "casualty_value"), ==, "90");
          g_assert_cmpstr (json_object_get_string_member (row, "casualty_low"), ==, "");
          g_assert_cmpstr (json_object_get_string_member (row, "casualty_qualifier"), ==, "at-most");
          g_assert_cmpstr (json_object_get_string_member (row, "casualty_source_text"), ==,
                           "Syrian health officials, \"SHO\"");
        }
      if (a == f->claim)
        g_assert_cmpstr (json_object_get_string_member (row, "claim_verdict"), ==, "disputed");
      if (a == f->orphan)
        g_assert_cmpstr (json_object_get_string_member (row, "anchor"), ==, "orphaned");
    }
}

#define EDITED \
  "Syrian health officials said the attack injured hundreds,\n" \
  "killing nearly 86 people, including almost 20 women.\n"

/* A figure whose words changed after it was marked, placed in the edited
 * text as loading places it: 90 in the annotator's words, 86 in the text.
 */
static DiptychAnnotationStore *
store_with_changed_figure (DiptychAnnotation **figure)
{
  g_autoptr(DiptychText) before = diptych_text_new_from_string (ARTICLE, "story.txt");
  g_autoptr(DiptychText) after = diptych_text_new_from_string (EDITED, "story.txt");
  DiptychAnnotationStore *store = diptych_annotation_store_new (after);
  const char *old_at = strstr (ARTICLE, "killing nearly 90 people");
  const char *new_at = strstr (EDITED, "killing nearly 86 people");
  gsize old_start = g_utf8_pointer_to_offset (ARTICLE, old_at);
  gsize new_start = g_utf8_pointer_to_offset (EDITED, new_at);
  DiptychCasualty casualty = { 0 };
  DiptychAnnotation *a;

  a = diptych_annotation_new (DIPTYCH_ANNOTATION_CASUALTY, before, old_start, old_start + 24);
  casualty.raw = (char *)"nearly 90";
  casualty.value = 90;
  casualty.low = DIPTYCH_NO_NUMBER;
  casualty.high = 90;
  casualty.qualifier = DIPTYCH_QUALIFIER_AT_MOST;
  diptych_annotation_set_casualty (a, &casualty);
  diptych_annotation_set_changed (a, after, new_start, new_start + 24);
  g_assert_cmpint (diptych_annotation_get_anchor (a), ==, DIPTYCH_ANCHOR_CHANGED);
  diptych_annotation_store_add (store, a);
  *figure = a;
  g_object_unref (a);
  return store;
}

static void
test_export_changed_csv (Fixture       *f,
                         gconstpointer  data)
{
  DiptychAnnotation *figure = NULL;
  g_autoptr(DiptychAnnotationStore) store = store_with_changed_figure (&figure);
  g_autofree char *csv = diptych_export_csv (store, NULL);
  g_autofree char *path = write_export (f, "changed.csv", csv);
  g_autofree char *out = run_python (
    "import csv, json, sys\n"
    "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
    "    print(json.dumps(list(csv.DictReader(f, strict=True))))\n",
    path, "csv");
  g_autoptr(JsonNode) rows = NULL;
  JsonObject *row;
  g_autofree char *there = NULL;
  gint64 start, end;

  if (out == NULL)
    return;

  rows = parse_json (out);
  row = json_array_get_object_element (json_node_get_array (rows), 0);
  start = g_ascii_strtoll (json_object_get_string_member (row, "start"), NULL, 10);
  end = g_ascii_strtoll (json_object_get_string_member (row, "end"), NULL, 10);
  there = diptych_text_dup_range (diptych_annotation_store_get_text (store), start, end);

  /* The text column, the offsets and the article agree… */
  g_assert_cmpstr (json_object_get_string_member (row, "text"), ==, "killing nearly 86 people");
  g_assert_cmpstr (there, ==, "killing nearly 86 people");
  /* …and the row says that the figure describes other words. */
  g_assert_cmpstr (json_object_get_string_member (row, "anchor"), ==, "changed");
  g_assert_cmpstr (json_object_get_string_member (row, "previous_text"), ==, "killing nearly 90 people");
  g_assert_cmpstr (json_object_get_string_member (row, "casualty_value"), ==, "90");
}

static void
test_export_changed_w3c (Fixture       *f,
                         gconstpointer  data)
{
  DiptychAnnotation *figure = NULL;
  g_autoptr(DiptychAnnotationStore) store = store_with_changed_figure (&figure);
  g_autofree char *jsonld = diptych_export_w3c (store, NULL);
  g_autoptr(JsonNode) root = parse_json (jsonld);
  JsonObject *item, *target, *attributes = NULL, *previous;
  JsonArray *selectors, *bodies;
  const char *exact = NULL;
  gint64 start = -1, end = -1;
  g_autofree char *there = NULL;

  item = json_array_get_object_element (
    json_object_get_array_member (json_object_get_object_member (json_node_get_object (root), "first"),
                                  "items"), 0);
  target = json_object_get_object_member (item, "target");
  selectors = json_object_get_array_member (target, "selector");
  for (guint i = 0; i < json_array_get_length (selectors); i++)
    {
      JsonObject *selector = json_array_get_object_element (selectors, i);
      const char *type = json_object_get_string_member (selector, "type");

      if (g_str_equal (type, "TextQuoteSelector"))
        {
          exact = json_object_get_string_member (selector, "exact");
          g_assert_true (g_str_has_suffix (json_object_get_string_member (selector, "prefix"), "hundreds,\n"));
        }
      else if (g_str_equal (type, "TextPositionSelector"))
        {
          start = json_object_get_int_member (selector, "start");
          end = json_object_get_int_member (selector, "end");
        }
    }

  /* Quote and position select the same words, those of the text now. */
  g_assert_cmpint (start, ==, diptych_annotation_get_start (figure));
  there = diptych_text_dup_range (diptych_annotation_store_get_text (store), start, end);
  g_assert_cmpstr (exact, ==, there);
  g_assert_cmpstr (exact, ==, "killing nearly 86 people");

  bodies = json_object_get_array_member (item, "body");
  for (guint i = 0; i < json_array_get_length (bodies); i++)
    {
      JsonObject *body = json_array_get_object_element (bodies, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (body, "purpose", NULL), "describing") == 0)
        attributes = body;
    }
  g_assert_nonnull (attributes);
  g_assert_cmpstr (json_object_get_string_member (attributes, "diptych:anchor"), ==, "changed");
  g_assert_cmpint (json_object_get_int_member (attributes, "diptych:value"), ==, 90);
  previous = json_object_get_object_member (attributes, "diptych:previousQuote");
  g_assert_cmpstr (json_object_get_string_member (previous, "type"), ==, "TextQuoteSelector");
  g_assert_cmpstr (json_object_get_string_member (previous, "exact"), ==, "killing nearly 90 people");
}

static void
test_export_w3c (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *jsonld = diptych_export_w3c (f->store, NULL);
  g_autofree char *path = write_export (f, "story.jsonld", jsonld);
  g_autofree char *out = run_python (
    "import json, sys\n"
    "from pyld import jsonld\n"
    "context = json.load(open(sys.argv[2]))\n"
    "def loader(url, options={}):\n"
    "    if url.rstrip('/') in ('http://www.w3.org/ns/anno.jsonld', 'http://www.w3.org/ns/anno'):\n"
    "        return {'contextUrl': None, 'documentUrl': url, 'document': context}\n"
    "    raise RuntimeError('offline: ' + url)\n"
    "jsonld.set_document_loader(loader)\n"
    "OA = 'http://www.w3.org/ns/oa#'\n"
    "found = []\n"
    "def walk(node):\n"
    "    if isinstance(node, list):\n"
    "        for n in node: walk(n)\n"
    "    elif isinstance(node, dict):\n"
    "        if OA + 'Annotation' in node.get('@type', []):\n"
    "            a = {'id': node['@id']}\n"
    "            for target in node[OA + 'hasTarget']:\n"
    "                for sel in target.get(OA + 'hasSelector', []):\n"
    "                    if OA + 'TextQuoteSelector' in sel['@type']:\n"
    "                        a['exact'] = sel[OA + 'exact'][0]['@value']\n"
    "                    if OA + 'TextPositionSelector' in sel['@type']:\n"
    "                        a['start'] = sel[OA + 'start'][0]['@value']\n"
    "                        a['end'] = sel[OA + 'end'][0]['@value']\n"
    "            for body in node[OA + 'hasBody']:\n"
    "                if OA + 'tagging' in [p['@id'] for p in body.get(OA + 'hasPurpose', [])]:\n"
    "                    a['kind'] = body['http://www.w3.org/1999/02/22-rdf-syntax-ns#value'][0]['@value']\n"
    "                for k, v in body.items():\n"
    "                    if k.startswith('https://github.com/diptych/diptych/ns#'):\n"
    "                        a[k.split('#')[1]] = v[0].get('@value', v[0].get('@id'))\n"
    "            found.append(a)\n"
    "        for v in node.values(): walk(v)\n"
    "walk(jsonld.expand(json.load(open(sys.argv[1]))))\n"
    "print(json.dumps(found))\n",
    path, "pyld");
  g_autoptr(JsonNode) found = NULL;
  JsonArray *array;

  if (out == NULL)
    return;

  found = parse_json (out);
  array = json_node_get_array (found);
  g_assert_cmpuint (json_array_get_length (array), ==, g_list_model_get_n_items (G_LIST_MODEL (f->store)));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *a = json_array_get_object_element (array, i);
      const char *id = json_object_get_string_member (a, "id");
      DiptychAnnotation *annotation;

      g_assert_true (g_str_has_prefix (id, "urn:uuid:"));
      annotation = diptych_annotation_store_lookup (f->store, id + strlen ("urn:uuid:"));
      g_assert_nonnull (annotation);
      g_assert_cmpstr (json_object_get_string_member (a, "exact"), ==, diptych_annotation_get_exact (annotation));
      g_assert_cmpstr (json_object_get_string_member (a, "kind"), ==,
                       diptych_annotation_kind_to_string (diptych_annotation_get_kind (annotation)));
      if (annotation == f->orphan)
        g_assert_false (json_object_has_member (a, "start"));
      else
        {
          g_assert_cmpint (json_object_get_int_member (a, "start"), ==, diptych_annotation_get_start (annotation));
          g_assert_cmpint (json_object_get_int_member (a, "end"), ==, diptych_annotation_get_end (annotation));
        }
      if (annotation == f->figure)
        {
          g_assert_cmpint (json_object_get_int_member (a, "value"), ==, 90);
          g_assert_cmpstr (json_object_get_string_member (a, "qualifier"), ==, "at-most");
        }
    }
}

/* A strict reader of brat's standoff format: every line is a T, A, R or #
 * annotation with tab-separated fields; T spans (fragments joined by ;) must
 * hold exactly the text given, fragments joined by spaces.
 */
static void
check_brat (const char *ann,
            const char *txt,
            guint      *n_text,
            guint      *n_relations)
{
  g_auto(GStrv) lines = g_strsplit (ann, "\n", -1);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (txt, -1, NULL);
  glong n_chars = g_utf8_strlen (txt, -1);

  *n_text = *n_relations = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0')
        {
          g_assert_null (lines[i + 1]);  /* only the final newline */
          continue;
        }
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_false (g_hash_table_contains (ids, fields[0]));
      g_hash_table_add (ids, g_strdup (fields[0]));

      if (fields[0][0] == 'T')
        {
          g_auto(GStrv) type_spans = NULL;
          g_auto(GStrv) fragments = NULL;
          g_autoptr(GString) expected = g_string_new (NULL);

          g_assert_cmpuint (g_strv_length (fields), ==, 3);
          type_spans = g_strsplit (fields[1], " ", 2);
          g_assert_true (g_str_equal (type_spans[0], "Source") || g_str_equal (type_spans[0], "Claim") ||
                         g_str_equal (type_spans[0], "Casualty"));
          fragments = g_strsplit (type_spans[1], ";", -1);
          for (guint k = 0; fragments[k] != NULL; k++)
            {
              gint64 start, end;
              g_autofree char *piece = NULL;

              g_assert_cmpint (sscanf (fragments[k], "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, &start, &end), ==, 2);
              g_assert_cmpint (0, <=, start);
              g_assert_cmpint (start, <, end);
              g_assert_cmpint (end, <=, n_chars);
              piece = g_ucs4_to_utf8 (chars + start, end - start, NULL, NULL, NULL);
              g_assert_null (strchr (piece, '\n'));
              if (k > 0)
                g_string_append_c (expected, ' ');
              g_string_append (expected, piece);
            }
          g_assert_cmpstr (fields[2], ==, expected->str);
          (*n_text)++;
        }
      else if (fields[0][0] == 'A')
        {
          g_auto(GStrv) parts = g_strsplit (fields[1], " ", -1);

          g_assert_cmpuint (g_strv_length (fields), ==, 2);
          g_assert_cmpuint (g_strv_length (parts), ==, 3);
          g_assert_true (g_hash_table_contains (ids, parts[1]));
        }
      else if (fields[0][0] == 'R')
        {
          g_auto(GStrv) parts = g_strsplit (fields[1], " ", -1);

          g_assert_cmpuint (g_strv_length (parts), ==, 3);
          g_assert_true (g_str_has_prefix (parts[1], "Arg1:"));
          g_assert_true (g_str_has_prefix (parts[2], "Arg2:"));
          g_assert_true (g_hash_table_contains (ids, parts[1] + 5));
          g_assert_true (g_hash_table_contains (ids, parts[2] + 5));
          (*n_relations)++;
        }
      else if (fields[0][0] == '#')
        {
          g_assert_cmpuint (g_strv_length (fields), ==, 3);
          g_assert_true (g_str_has_prefix (fields[1], "AnnotatorNotes T"));
        }
      else
        g_assert_not_reached ();
    }
}

static void
test_export_brat (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *ann = diptych_export_brat (f->store, NULL);
  guint n_text, n_relations;

  check_brat (ann, ARTICLE, &n_text, &n_relations);
  /* Every placed annotation; the orphan has no place. */
  g_assert_cmpuint (n_text, ==, 4);
  /* figure → source, women → source, women ⊂ figure, claim → speaker */
  g_assert_cmpuint (n_relations, ==, 4);
  /* The span across the line break is two fragments. */
  g_assert_nonnull (strstr (ann, "\tinjured hundreds, killing nearly 90 people\n"));
}

static void
test_export_doccano (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *jsonl = diptych_export_doccano (f->store, NULL);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;
  JsonArray *labels;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (ARTICLE, -1, NULL);

  /* One line, then the newline. */
  g_assert_true (g_str_has_suffix (jsonl, "}\n"));
  g_assert_true (strchr (jsonl, '\n') == jsonl + strlen (jsonl) - 1);

  node = parse_json (jsonl);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, ARTICLE);
  labels = json_object_get_array_member (object, "label");
  g_assert_cmpuint (json_array_get_length (labels), ==, 4);
  for (guint i = 0; i < json_array_get_length (labels); i++)
    {
      JsonArray *label = json_array_get_array_element (labels, i);
      gint64 start = json_array_get_int_element (label, 0);
      gint64 end = json_array_get_int_element (label, 1);
      g_autofree char *words = g_ucs4_to_utf8 (chars + start, end - start, NULL, NULL, NULL);
      gboolean known = FALSE;

      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (f->store)); k++)
        {
          g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (f->store), k);

          known |= g_str_equal (words, diptych_annotation_get_exact (a));
        }
      g_assert_true (known);
    }
}

static void
test_export_doccano_ascii (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *jsonl = diptych_export_doccano (f->store, NULL);

  /* chardet reads ASCII as ASCII: every other character is escaped, the
   * emoji as a surrogate pair.
   */
  for (const char *p = jsonl; *p; p++)
    g_assert_cmpint ((guchar)*p, <, 0x80);
  g_assert_nonnull (strstr (jsonl, "\\ud83d\\udd34 Syrian"));
  g_assert_nonnull (strstr (jsonl, "caf\\u00e9"));
}

static void
test_export_overlaps (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_cmpuint (diptych_export_count_overlaps (f->store), ==, 0);
  /* A claim around the women figure: doccano would drop one of the two. */
  add (f, DIPTYCH_ANNOTATION_CLAIM, "including almost 20 women");
  g_assert_cmpuint (diptych_export_count_overlaps (f->store), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/diptych/export/csv-read-by-python", test_export_csv);
  ADD ("/diptych/export/w3c-expanded-by-pyld", test_export_w3c);
  ADD ("/diptych/export/changed-csv-agrees-with-text", test_export_changed_csv);
  ADD ("/diptych/export/changed-w3c-agrees-with-text", test_export_changed_w3c);
  ADD ("/diptych/export/brat-strict", test_export_brat);
  ADD ("/diptych/export/doccano", test_export_doccano);
  ADD ("/diptych/export/doccano-ascii", test_export_doccano_ascii);
  ADD ("/diptych/export/overlaps", test_export_overlaps);
#undef ADD

  return g_test_run ();
}
