/* diptych-sidecar.c: an article's annotations, saved beside it as JSON
 *
 * `story.txt` has its annotations in `story.txt.annotations.json`. Loading
 * checks the bytes strictly (diptych-json-check.c) and places every
 * annotation again in the text as it is now. Saving writes only bytes that
 * read back to the same annotations, and writes them atomically: a
 * temporary file `.story.txt.annotations.json.XXXXXX.tmp` in the same
 * folder, synced, then renamed over the sidecar while Diptych holds a lock
 * on the folder, right after checking that the sidecar still holds the
 * bytes (by their SHA-256) that were loaded or last saved. A sidecar that
 * changed on disk meanwhile, one that a newer version wrote, or one that
 * could not be read is never overwritten: nothing in a sidecar is ever lost
 * silently.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-sidecar"
#define _GNU_SOURCE  /* renameat2 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "diptych-annotation-place.h"
#include "diptych-json-check.h"
#include "diptych-sidecar.h"
#include "diptych-text-file.h"

/* Larger sidecars are refused: 200,000 annotations take about 150 MB. */
#define MAX_SIZE (512 * 1024 * 1024)

struct _DiptychSidecar
{
  GObject                 parent_instance;

  GFile                  *file;
  DiptychAnnotationStore *store;
  JsonObject             *extra;    /* top-level members we do not know */
  JsonObject             *document_extra;  /* the same in "document" */
  char                   *sha256;   /* of the bytes loaded or last saved */
  gint64                  version;  /* as read; newer ones are read-only */
  gboolean                existed;  /* the file was there when loaded */
};

G_DEFINE_FINAL_TYPE (DiptychSidecar, diptych_sidecar, G_TYPE_OBJECT)

G_DEFINE_QUARK (diptych-sidecar-error-quark, diptych_sidecar_error)

static void
diptych_sidecar_finalize (GObject *object)
{
  DiptychSidecar *self = (DiptychSidecar *)object;

  g_clear_object (&self->file);
  g_clear_object (&self->store);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->document_extra, json_object_unref);
  g_clear_pointer (&self->sha256, g_free);

  G_OBJECT_CLASS (diptych_sidecar_parent_class)->finalize (object);
}

static void
diptych_sidecar_class_init (DiptychSidecarClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = diptych_sidecar_finalize;
}

static void
diptych_sidecar_init (DiptychSidecar *self)
{
  self->version = DIPTYCH_SIDECAR_VERSION;
}

/**
 * diptych_sidecar_file_for_article:
 *
 * Returns: (transfer full): `ARTICLE.annotations.json` beside @article
 */
GFile *
diptych_sidecar_file_for_article (GFile *article)
{
  g_autofree char *uri = NULL;
  g_autofree char *sidecar = NULL;

  g_return_val_if_fail (G_IS_FILE (article), NULL);

  uri = g_file_get_uri (article);
  sidecar = g_strconcat (uri, DIPTYCH_SIDECAR_SUFFIX, NULL);
  return g_file_new_for_uri (sidecar);
}

/**
 * diptych_sidecar_article_for_file:
 *
 * Returns: (transfer full) (nullable): the article a sidecar belongs to, or
 *   %NULL if its name does not end in `.annotations.json`
 */
GFile *
diptych_sidecar_article_for_file (GFile *sidecar)
{
  g_autofree char *uri = NULL;

  g_return_val_if_fail (G_IS_FILE (sidecar), NULL);

  uri = g_file_get_uri (sidecar);
  if (!g_str_has_suffix (uri, DIPTYCH_SIDECAR_SUFFIX) ||
      strlen (uri) == strlen (DIPTYCH_SIDECAR_SUFFIX))
    return NULL;
  uri[strlen (uri) - strlen (DIPTYCH_SIDECAR_SUFFIX)] = '\0';
  return g_file_new_for_uri (uri);
}

static gboolean
fail (GError     **error,
      int          code,
      GFile       *file,
      const char  *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (GError     **error,
      int          code,
      GFile       *file,
      const char  *format,
      ...)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: a file name, then what is wrong with it */
  g_set_error (error, DIPTYCH_SIDECAR_ERROR, code, _("“%s”: %s"), name, detail);
  return FALSE;
}

static gboolean
set_io_error (GError     **error,
              int          saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

/* Reads all of @fd, which must be a regular file: a FIFO or a device
 * would block or never end.
 */
static gboolean
read_fd (int          fd,
         char       **data,
         gsize       *length,
         GError     **error)
{
  g_autofree char *buffer = NULL;
  gsize capacity, used = 0;
  struct stat st;

  if (fstat (fd, &st) != 0)
    return set_io_error (error, errno);
  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("not a regular file"));
      return FALSE;
    }

  capacity = MIN ((gsize)st.st_size, MAX_SIZE) + 1;
  buffer = g_malloc (capacity + 1);
  for (;;)
    {
      gssize n = read (fd, buffer + used, capacity - used);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return set_io_error (error, errno);
      if (n == 0)
        break;
      used += n;
      if (used > MAX_SIZE)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                       _("larger than %u MB"), (guint)(MAX_SIZE / (1024 * 1024)));
          return FALSE;
        }
      if (used == capacity)
        {
          capacity = MIN (capacity * 2, (gsize)MAX_SIZE + 1);
          buffer = g_realloc (buffer, capacity + 1);
        }
    }

  buffer[used] = '\0';
  *data = g_steal_pointer (&buffer);
  *length = used;
  return TRUE;
}

/* Like g_file_load_contents(), but a local file that is not a regular one
 * is refused before anything could block on it.
 */
static gboolean
load_contents (GFile         *file,
               GCancellable  *cancellable,
               char         **data,
               gsize         *length,
               GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  gboolean ok;
  int fd;

  if (path == NULL)
    return g_file_load_contents (file, cancellable, data, length, NULL, error);

  fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    return set_io_error (error, errno);
  ok = read_fd (fd, data, length, error);
  close (fd);
  return ok;
}

/* json-glib says "<data>:2:0: Parse error: …": the file is named by
 * our message already, so only "2:0: …" is kept.
 */
static char *
json_glib_detail (const char *message)
{
  const char *rest = message;
  guint64 line, column;
  char *end;

  if (!g_str_has_prefix (rest, "<data>:"))
    return g_strdup (message);
  rest += strlen ("<data>:");
  line = g_ascii_strtoull (rest, &end, 10);
  if (end == rest || *end != ':')
    return g_strdup (rest);
  rest = end + 1;
  column = g_ascii_strtoull (rest, &end, 10);
  if (end == rest || *end != ':')
    return g_strdup (rest);
  rest = end + 1;
  while (*rest == ' ')
    rest++;
  if (g_str_has_prefix (rest, "Parse error: "))
    rest += strlen ("Parse error: ");
  /* Translators: line:column where JSON is wrong, then what is wrong */
  return g_strdup_printf (_("%u:%u: %s"), (guint)line, (guint)column, rest);
}

/* Checks @data as a sidecar document, short of its annotations: strict
 * JSON (one value, no member twice, no NUL, valid UTF-8, bounded nesting),
 * an object of our format and a version, with a bounded list of
 * annotations. Used both to load and to check what is about to be saved.
 */
static JsonParser *
parse_document (GFile       *file,
                const char  *data,
                gsize        length,
                gint64      *version,
                JsonArray  **annotations,
                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonNode *node;

  if (length == 0)
    return (fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, file,
                  _("the file is empty, not an annotation sidecar")), NULL);

  if (!diptych_json_check (data, length, DIPTYCH_JSON_CHECK_MAX_DEPTH, &local_error))
    return (fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, file,
                  _("not valid JSON (%s)"), local_error->message), NULL);
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_autofree char *detail = json_glib_detail (local_error->message);

      return (fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, file,
                    _("not valid JSON (%s)"), detail), NULL);
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return (fail (error, DIPTYCH_SIDECAR_ERROR_NOT_A_SIDECAR, file,
                  _("not a Diptych annotation sidecar (no “format”)")), NULL);
  root = json_node_get_object (node);

  /* Read as a node: json-glib's string getters assert on an object or a list. */
  node = json_object_get_member (root, "format");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), DIPTYCH_SIDECAR_FORMAT) != 0)
    return (fail (error, DIPTYCH_SIDECAR_ERROR_NOT_A_SIDECAR, file,
                  _("not a Diptych annotation sidecar (“format” is not “%s”)"),
                  DIPTYCH_SIDECAR_FORMAT), NULL);

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 1)
    return (fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, file,
                  _("“version” must be a whole number, 1 or more")), NULL);
  *version = json_node_get_int (node);

  node = json_object_get_member (root, "document");
  if (node != NULL && !JSON_NODE_HOLDS_OBJECT (node))
    return (fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, file,
                  _("“document” must be an object")), NULL);

  node = json_object_get_member (root, "annotations");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return (fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, file,
                  _("“annotations” must be a list")), NULL);
  *annotations = json_node_get_array (node);
  if (json_array_get_length (*annotations) > DIPTYCH_SIDECAR_MAX_ANNOTATIONS)
    return (fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, file,
                  _("it holds %u annotations; at most %u are allowed"),
                  json_array_get_length (*annotations), DIPTYCH_SIDECAR_MAX_ANNOTATIONS), NULL);

  return g_steal_pointer (&parser);
}

/* "rejected_suggestions": [{"kind", "start", "end", "text"}]: the
 * suggestions the annotator rejected (an addition to version 1; older
 * readers keep it as an unknown member).
 */
static gboolean
read_rejected (DiptychSidecar  *self,
               JsonObject      *root,
               GError         **error)
{
  JsonNode *node = json_object_get_member (root, "rejected_suggestions");
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file,
                 _("“rejected_suggestions” is not a list"));

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      JsonNode *kind, *start, *end, *text;
      DiptychAnnotationKind k;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        goto bad;
      object = json_node_get_object (element);
      kind = json_object_get_member (object, "kind");
      start = json_object_get_member (object, "start");
      end = json_object_get_member (object, "end");
      text = json_object_get_member (object, "text");
      if (kind == NULL || start == NULL || end == NULL || text == NULL ||
          json_node_get_value_type (kind) != G_TYPE_STRING ||
          json_node_get_value_type (text) != G_TYPE_STRING ||
          json_node_get_value_type (start) != G_TYPE_INT64 ||
          json_node_get_value_type (end) != G_TYPE_INT64 ||
          !diptych_annotation_kind_from_string (json_node_get_string (kind), &k) ||
          json_node_get_int (start) < 0 || json_node_get_int (end) < json_node_get_int (start))
        goto bad;
      diptych_annotation_store_reject_suggestion (self->store, k, json_node_get_int (start),
                                                  json_node_get_int (end), json_node_get_string (text));
      continue;

bad:
      return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file,
                   _("rejected suggestion %u is not an object with a kind, a start, an end and a text"),
                   i + 1);
    }
  return TRUE;
}

/* The sha256 of the article the sidecar was saved with, if it says. */
static const char *
saved_sha256 (JsonObject *root)
{
  JsonNode *document = json_object_get_member (root, "document");
  JsonNode *sha256;

  if (document == NULL || !JSON_NODE_HOLDS_OBJECT (document))
    return NULL;
  sha256 = json_object_get_member (json_node_get_object (document), "sha256");
  if (sha256 == NULL || json_node_get_value_type (sha256) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (sha256);
}

static gboolean
read_sidecar (DiptychSidecar  *self,
              DiptychText     *text,
              const char      *data,
              gsize            length,
              GError         **error)
{
  static const char * const known[] = { "format", "version", "document", "annotations",
                                        "rejected_suggestions", NULL };
  static const char * const known_document[] = { "file", "sha256", "chars", NULL };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GHashTable) ids = NULL;
  JsonObject *root;
  JsonArray *annotations = NULL;
  guint n;

  parser = parse_document (self->file, data, length, &self->version, &annotations, error);
  if (parser == NULL)
    return FALSE;
  root = json_node_get_object (json_parser_get_root (parser));

  n = json_array_get_length (annotations);
  read = g_ptr_array_new_full (n, g_object_unref);
  ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (annotations, i);
      DiptychAnnotation *annotation;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file,
                     _("annotation %u is not an object"), i + 1);

      annotation = diptych_annotation_new_from_json (json_node_get_object (element), &local_error);
      if (annotation == NULL)
        return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file, "%s", local_error->message);
      g_ptr_array_add (read, annotation);
      if (!g_hash_table_add (ids, (gpointer)diptych_annotation_get_id (annotation)))
        return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file,
                     _("two annotations have the id “%s”"), diptych_annotation_get_id (annotation));
    }
  diptych_annotation_place_all (read, text, g_strcmp0 (saved_sha256 (root), diptych_text_get_sha256 (text)) == 0);
  diptych_annotation_store_add_all (self->store, read);

  if (!read_rejected (self, root, error))
    return FALSE;

  self->extra = diptych_json_unknown_members (root, known);
  if (json_object_has_member (root, "document"))
    self->document_extra = diptych_json_unknown_members (json_object_get_object_member (root, "document"),
                                            known_document);

  return TRUE;
}

/**
 * diptych_sidecar_new:
 * @store: annotations, for example those kept in memory when their own
 *   sidecar could not be read
 * @file: where they will be saved
 *
 * Returns: (transfer full): a sidecar for @store that was not on disk
 */
DiptychSidecar *
diptych_sidecar_new (DiptychAnnotationStore *store,
                     GFile                  *file)
{
  DiptychSidecar *self;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (DIPTYCH_TYPE_SIDECAR, NULL);
  self->file = g_object_ref (file);
  self->store = g_object_ref (store);
  return self;
}

/**
 * diptych_sidecar_load:
 * @text: the article, loaded from its file
 * @file: (nullable): the sidecar, or %NULL for the one beside the article
 *
 * Loads the sidecar and places each annotation in @text as it is now
 * (exact, relocated, changed, or orphaned: never dropped). A missing sidecar gives
 * an empty one. A sidecar written by a newer version loads read-only.
 *
 * Returns: (transfer full): the sidecar, or %NULL with @error set when the
 *   file cannot be read or is not a valid sidecar; the file is untouched
 */
DiptychSidecar *
diptych_sidecar_load (DiptychText   *text,
                      GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(DiptychSidecar) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (text), NULL);
  g_return_val_if_fail (file != NULL || diptych_text_get_file (text) != NULL, NULL);

  self = g_object_new (DIPTYCH_TYPE_SIDECAR, NULL);
  self->file = file ? g_object_ref (file)
                    : diptych_sidecar_file_for_article (diptych_text_get_file (text));
  self->store = diptych_annotation_store_new (text);

  if (!load_contents (self->file, cancellable, &data, &length, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return g_steal_pointer (&self);
      fail (error, DIPTYCH_SIDECAR_ERROR_UNREADABLE, self->file,
            _("cannot be read (%s)"), local_error->message);
      return NULL;
    }
  self->existed = TRUE;
  self->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)data, length);

  if (!read_sidecar (self, text, data, length, error))
    return NULL;

  return g_steal_pointer (&self);
}

static void
add_members (JsonBuilder *builder,
             JsonObject  *members)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (members == NULL)
    return;

  json_object_iter_init_ordered (&iter, members);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (node));
    }
}

/**
 * diptych_sidecar_to_json:
 *
 * Returns: (transfer full): the sidecar document: members in a fixed
 *   order, unknown members kept
 */
JsonNode *
diptych_sidecar_to_json (DiptychSidecar *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  DiptychText *text;
  g_autofree char *name = NULL;
  GFile *article;
  guint n;

  g_return_val_if_fail (DIPTYCH_IS_SIDECAR (self), NULL);

  text = diptych_annotation_store_get_text (self->store);
  article = diptych_text_get_file (text);
  name = article ? g_file_get_basename (article) : g_path_get_basename (diptych_text_get_name (text));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, DIPTYCH_SIDECAR_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, DIPTYCH_SIDECAR_VERSION);
  json_builder_set_member_name (builder, "document");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "sha256");
  json_builder_add_string_value (builder, diptych_text_get_sha256 (text));
  json_builder_set_member_name (builder, "chars");
  json_builder_add_int_value (builder, diptych_text_get_n_chars (text));
  add_members (builder, self->document_extra);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "annotations");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      json_builder_add_value (builder, diptych_annotation_to_json (annotation));
    }
  json_builder_end_array (builder);

  n = diptych_annotation_store_get_n_rejected (self->store);
  if (n > 0)
    {
      json_builder_set_member_name (builder, "rejected_suggestions");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          const DiptychRejectedSuggestion *r = diptych_annotation_store_get_rejected (self->store, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, diptych_annotation_kind_to_string (r->kind));
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, r->start);
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, r->end);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, r->text);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  add_members (builder, self->extra);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * diptych_sidecar_to_data:
 *
 * Returns: (transfer full): the sidecar as it is saved: pretty-printed
 *   JSON with a final newline
 */
char *
diptych_sidecar_to_data (DiptychSidecar *self,
                         gsize          *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  char *data;

  g_return_val_if_fail (DIPTYCH_IS_SIDECAR (self), NULL);

  root = diptych_sidecar_to_json (self);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json = json_generator_to_data (generator, NULL);
  data = g_strconcat (json, "\n", NULL);
  if (length != NULL)
    *length = strlen (data);
  return data;
}

/**
 * diptych_sidecar_save:
 *
 * Writes the sidecar as it is now: diptych_sidecar_to_bytes(), then
 * diptych_sidecar_write_bytes().
 *
 * Returns: whether the sidecar was saved
 */
gboolean
diptych_sidecar_save (DiptychSidecar  *self,
                      GCancellable    *cancellable,
                      GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (DIPTYCH_IS_SIDECAR (self), FALSE);

  bytes = diptych_sidecar_to_bytes (self);
  return diptych_sidecar_write_bytes (self, bytes, cancellable, error);
}

/**
 * diptych_sidecar_to_bytes:
 *
 * Returns: (transfer full): what diptych_sidecar_write_bytes() writes: a
 *   snapshot of the annotations, taken where they are edited, so that the
 *   writing can happen in another thread
 */
GBytes *
diptych_sidecar_to_bytes (DiptychSidecar *self)
{
  char *data;
  gsize length;

  g_return_val_if_fail (DIPTYCH_IS_SIDECAR (self), NULL);

  data = diptych_sidecar_to_data (self, &length);
  return g_bytes_new_take (data, length);
}

/* Whether @bytes load back as the annotations they were made from: the
 * same checks as loading, then each annotation read and written again must
 * give back its JSON. So that no bug, here or in json-glib, can leave a
 * sidecar that the next load refuses, and no mark is lost on the way.
 */
static gboolean
check_reads_back (DiptychSidecar  *self,
                  GBytes          *bytes,
                  GError         **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) local_error = NULL;
  JsonArray *annotations = NULL;
  const char *data;
  gint64 version;
  gsize length;

  data = g_bytes_get_data (bytes, &length);
  parser = parse_document (self->file, data, length, &version, &annotations, &local_error);
  if (parser == NULL)
    goto refuse;

  for (guint i = 0; i < json_array_get_length (annotations); i++)
    {
      JsonNode *element = json_array_get_element (annotations, i);
      g_autoptr(DiptychAnnotation) annotation = NULL;
      g_autoptr(JsonNode) again = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        goto differs;
      annotation = diptych_annotation_new_from_json (json_node_get_object (element), &local_error);
      if (annotation == NULL)
        goto refuse;
      again = diptych_annotation_to_json (annotation);
      if (!json_node_equal (element, again) ||
          !g_hash_table_add (ids, (gpointer)json_object_get_string_member (json_node_get_object (element), "id")))
        goto differs;
    }
  return TRUE;

differs:
  g_set_error_literal (&local_error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_WRITE,
                       _("an annotation does not read back as it was written"));
refuse:
  return fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
               _("was not saved: what would be written does not read back (%s); "
                 "this is a bug in Diptych, please report it"), local_error->message);
}

/* Follows symbolic links to the file they name, so that the link is kept
 * and its target replaced.
 */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < 40; hops++)
    {
      g_autofree char *target = NULL;
      struct stat st;

      if (lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, error);
      if (target == NULL)
        return NULL;
      if (!g_path_is_absolute (target))
        {
          g_autofree char *folder = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (folder, target, NULL);
        }
      else
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
    }

  set_io_error (error, ELOOP);
  return NULL;
}

/* Temporary files of ours that a killed save left behind. Called with the
 * folder locked, so no other save of ours is writing one.
 */
static void
remove_stale_temporaries (int         folder,
                          const char *name)
{
  g_autofree char *prefix = g_strconcat (".", name, ".", NULL);
  gsize expected = strlen (prefix) + 6 + strlen (".tmp");
  struct dirent *entry;
  DIR *dir;
  int fd = dup (folder);

  if (fd < 0 || (dir = fdopendir (fd)) == NULL)
    {
      if (fd >= 0)
        close (fd);
      return;
    }

  while ((entry = readdir (dir)) != NULL)
    if (strlen (entry->d_name) == expected && g_str_has_prefix (entry->d_name, prefix) &&
        g_str_has_suffix (entry->d_name, ".tmp"))
      {
        struct stat st;

        if (fstatat (folder, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG (st.st_mode))
          unlinkat (folder, entry->d_name, 0);
      }
  closedir (dir);
}

/* What the sidecar holds now, checked against what we loaded or saved.
 * Sets *@exists; refuses a file that is not ours to replace.
 */
static gboolean
check_on_disk (DiptychSidecar  *self,
               int              folder,
               const char      *name,
               gboolean        *exists,
               mode_t          *mode,
               GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *sha256 = NULL;
  struct stat st;
  gsize length;
  gboolean ok;
  int fd;

  fd = openat (folder, name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
  if (fd < 0 && errno == ENOENT)
    {
      *exists = FALSE;
      /* Deleted since: written again, nothing on disk is lost. */
      return TRUE;
    }
  if (fd < 0)
    return fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
                 _("cannot be saved (%s)"), g_strerror (errno));
  *exists = TRUE;

  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_nlink > 1)
    {
      close (fd);
      return fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
                   _("was not saved: it has other hard links, which saving by replacing "
                     "the file would separate from it"));
    }
  *mode = st.st_mode & 07777;
  ok = read_fd (fd, &data, &length, &local_error);
  close (fd);
  if (!ok)
    return fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
                 _("cannot be saved (%s)"), local_error->message);

  if (!self->existed)
    return fail (error, DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK, self->file,
                 _("was created by another program since the article was opened"));

  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)data, length);
  if (g_strcmp0 (sha256, self->sha256) != 0)
    return fail (error, DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK, self->file,
                 _("was changed on disk since it was loaded"));
  return TRUE;
}

static gboolean
write_all (int            fd,
           const guchar  *data,
           gsize          length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      length -= n;
    }
  return TRUE;
}

/* A new temporary file `.NAME.XXXXXX.tmp` in @folder, or -1 */
static int
create_temporary (int          folder,
                  const char  *name,
                  char       **temporary)
{
  static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      char random[7];
      int fd;

      for (guint i = 0; i < 6; i++)
        random[i] = letters[g_random_int_range (0, sizeof letters - 1)];
      random[6] = '\0';

      g_free (*temporary);
      *temporary = g_strdup_printf (".%s.%s.tmp", name, random);
      fd = openat (folder, *temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
      if (fd >= 0 || errno != EEXIST)
        return fd;
    }
  return -1;
}

static gboolean
write_local (DiptychSidecar  *self,
             const char      *path,
             GBytes          *bytes,
             char           **sha256,
             GCancellable    *cancellable,
             GError         **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder_name = NULL;
  g_autofree char *name = NULL;
  g_autofree char *temporary = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean exists = FALSE, ok = FALSE;
  mode_t mode = 0;
  const guchar *data;
  gsize length;
  int folder, fd = -1;

  target = resolve_links (path, &local_error);
  if (target == NULL)
    return fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
                 _("cannot be saved (%s)"), local_error->message);
  folder_name = g_path_get_dirname (target);
  name = g_path_get_basename (target);

  folder = open (folder_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder < 0)
    return fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
                 _("cannot be saved (%s)"), g_strerror (errno));

  /* One save of ours at a time in this folder, across processes: the check
   * and the rename below are then one step for all of them.
   */
  while (flock (folder, LOCK_EX) != 0 && errno == EINTR)
    ;
  remove_stale_temporaries (folder, name);

  if (!check_on_disk (self, folder, name, &exists, &mode, error))
    goto out;

  fd = create_temporary (folder, name, &temporary);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM)
        fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
              _("was not saved: its folder is read-only, and Diptych only saves by "
                "replacing the file as a whole (%s)"), g_strerror (saved_errno));
      else
        fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
              _("cannot be saved (%s)"), g_strerror (saved_errno));
      goto out;
    }

  data = g_bytes_get_data (bytes, &length);
  if ((exists && fchmod (fd, mode) != 0) || !write_all (fd, data, length) || fsync (fd) != 0)
    {
      fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
            _("cannot be saved (%s)"), g_strerror (errno));
      goto out;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    {
      fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
            _("cannot be saved (%s)"), local_error->message);
      goto out;
    }

  /* Again, just before replacing it: another program may have written it. */
  if (!check_on_disk (self, folder, name, &exists, &mode, error))
    goto out;

  if (exists)
    ok = renameat (folder, temporary, folder, name) == 0;
  else
    {
      /* Never over a file that appeared since the check. */
      ok = renameat2 (folder, temporary, folder, name, RENAME_NOREPLACE) == 0;
      if (!ok && (errno == EINVAL || errno == ENOSYS))
        ok = linkat (folder, temporary, folder, name, 0) == 0;
    }
  if (!ok)
    {
      if (errno == EEXIST)
        fail (error, DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK, self->file,
              _("was created by another program since the article was opened"));
      else
        fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
              _("cannot be saved (%s)"), g_strerror (errno));
      goto out;
    }
  fsync (folder);
  *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

out:
  if (fd >= 0)
    close (fd);
  if (temporary != NULL)
    unlinkat (folder, temporary, 0);  /* after a link(), or after a failure */
  close (folder);  /* and unlocks it */
  return ok;
}

/* For files that are not local (no path): GIO, with the content check. */
static gboolean
write_remote (DiptychSidecar  *self,
              GBytes          *bytes,
              char           **sha256,
              GCancellable    *cancellable,
              GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *on_disk = NULL;
  gsize length;

  if (g_file_load_contents (self->file, cancellable, &data, &length, NULL, &local_error))
    {
      on_disk = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)data, length);
      if (!self->existed)
        return fail (error, DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK, self->file,
                     _("was created by another program since the article was opened"));
      if (g_strcmp0 (on_disk, self->sha256) != 0)
        return fail (error, DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK, self->file,
                     _("was changed on disk since it was loaded"));
    }
  g_clear_error (&local_error);

  if (!g_file_replace_contents (self->file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, FALSE, G_FILE_CREATE_NONE, NULL, cancellable, &local_error))
    return fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
                 _("cannot be saved (%s)"), local_error->message);
  *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  return TRUE;
}

/**
 * diptych_sidecar_write_bytes:
 * @bytes: the sidecar's contents, from diptych_sidecar_to_bytes()
 *
 * Writes @bytes atomically: to a temporary file in the same folder, then
 * renamed over the sidecar (over the file a symbolic link names, keeping
 * the link). Refuses, leaving the file as it is, when a newer version
 * wrote it (%DIPTYCH_SIDECAR_ERROR_READ_ONLY), when its contents changed
 * on disk since it was loaded or saved, or it was created meanwhile
 * (%DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK, checked just before the rename),
 * when @bytes would not load back as the same annotations, when the file
 * has other hard links or its folder is read-only
 * (%DIPTYCH_SIDECAR_ERROR_WRITE).
 *
 * May run in a worker thread, one write at a time per sidecar, while the
 * thread that owns the annotations goes on editing them.
 *
 * Returns: whether the sidecar was saved
 */
gboolean
diptych_sidecar_write_bytes (DiptychSidecar  *self,
                             GBytes          *bytes,
                             GCancellable    *cancellable,
                             GError         **error)
{
  g_autofree char *path = NULL;
  g_autofree char *sha256 = NULL;
  gboolean ok;

  g_return_val_if_fail (DIPTYCH_IS_SIDECAR (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (diptych_sidecar_get_read_only (self))
    return fail (error, DIPTYCH_SIDECAR_ERROR_READ_ONLY, self->file,
                 _("written by a newer version of Diptych (format version %d); "
                   "it is open read-only so that nothing in it is lost"),
                 (int)MIN (self->version, G_MAXINT));

  if (!check_reads_back (self, bytes, error))
    return FALSE;

  path = g_file_get_path (self->file);
  if (path != NULL)
    ok = write_local (self, path, bytes, &sha256, cancellable, error);
  else
    ok = write_remote (self, bytes, &sha256, cancellable, error);
  if (!ok)
    return FALSE;

  g_free (self->sha256);
  self->sha256 = g_steal_pointer (&sha256);
  self->existed = TRUE;
  return TRUE;
}

/**
 * diptych_sidecar_get_file:
 *
 * Returns: (transfer none): the sidecar's file
 */
GFile *
diptych_sidecar_get_file (DiptychSidecar *self)
{
  g_return_val_if_fail (DIPTYCH_IS_SIDECAR (self), NULL);
  return self->file;
}

/**
 * diptych_sidecar_get_store:
 *
 * Returns: (transfer none): the annotations
 */
DiptychAnnotationStore *
diptych_sidecar_get_store (DiptychSidecar *self)
{
  g_return_val_if_fail (DIPTYCH_IS_SIDECAR (self), NULL);
  return self->store;
}

gboolean
diptych_sidecar_get_read_only (DiptychSidecar *self)
{
  g_return_val_if_fail (DIPTYCH_IS_SIDECAR (self), TRUE);
  return self->version > DIPTYCH_SIDECAR_VERSION;
}

gboolean
diptych_sidecar_get_existed (DiptychSidecar *self)
{
  g_return_val_if_fail (DIPTYCH_IS_SIDECAR (self), FALSE);
  return self->existed;
}

gint64
diptych_sidecar_get_version (DiptychSidecar *self)
{
  g_return_val_if_fail (DIPTYCH_IS_SIDECAR (self), 0);
  return self->version;
}
