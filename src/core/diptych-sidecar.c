/* diptych-sidecar.c: an article's annotations, saved beside it as JSON
 *
 * `story.txt` has its annotations in `story.txt.annotations.json`. Loading
 * places every annotation again in the text as it is now; saving is atomic
 * (GIO writes a temporary file in the same folder and renames it) and
 * refuses to overwrite a sidecar that changed on disk since it was loaded,
 * one that a newer version wrote, or one that could not be read: nothing
 * in a sidecar is ever lost silently.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-sidecar"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "diptych-sidecar.h"
#include "diptych-text-file.h"

struct _DiptychSidecar
{
  GObject                 parent_instance;

  GFile                  *file;
  DiptychAnnotationStore *store;
  JsonObject             *extra;    /* top-level members we do not know */
  char                   *etag;     /* of the file as loaded or last saved */
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
  g_clear_pointer (&self->etag, g_free);

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

/* Where an annotation is in the text as it is now. The stored offsets are
 * used when the text there is still the quote (always so when the article's
 * sha256 is unchanged, unless the sidecar was edited by hand); otherwise the
 * quote is looked for. A changed annotation is looked for by its current
 * words, then by the annotator's; it stays changed, with the annotator's
 * words, wherever it is found, so that loading the same text again changes
 * nothing: only the annotator makes it exact again.
 */
void
diptych_sidecar_place (DiptychAnnotation *annotation,
                       DiptychText       *text)
{
  gsize start = diptych_annotation_get_start (annotation);
  gsize end = diptych_annotation_get_end (annotation);
  const char *previous = diptych_annotation_get_previous_exact (annotation);
  gboolean was_changed = previous != NULL ||
                         diptych_annotation_get_anchor (annotation) == DIPTYCH_ANCHOR_CHANGED;
  DiptychAnchorStatus status;

  status = diptych_anchor_locate (text,
                                  diptych_annotation_get_exact (annotation),
                                  diptych_annotation_get_prefix (annotation),
                                  diptych_annotation_get_suffix (annotation),
                                  start, end, &start, &end);
  if (status == DIPTYCH_ANCHOR_ORPHANED && previous != NULL)
    status = diptych_anchor_locate (text, previous,
                                    diptych_annotation_get_previous_prefix (annotation),
                                    diptych_annotation_get_previous_suffix (annotation),
                                    start, end, &start, &end);

  if (status == DIPTYCH_ANCHOR_CHANGED ||
      (was_changed && status != DIPTYCH_ANCHOR_ORPHANED))
    diptych_annotation_set_changed (annotation, text, start, end);
  else
    diptych_annotation_set_anchor (annotation, status, start, end);
}

static gboolean
read_sidecar (DiptychSidecar  *self,
              DiptychText     *text,
              const char      *data,
              gsize            length,
              GError         **error)
{
  static const char * const known[] = { "format", "version", "document", "annotations", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonNode *node;
  JsonArray *annotations;
  JsonObjectIter iter;
  const char *name;

  if (length == 0)
    return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file,
                 _("the file is empty, not an annotation sidecar"));

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file,
                 _("not valid JSON (%s)"), local_error->message);

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, DIPTYCH_SIDECAR_ERROR_NOT_A_SIDECAR, self->file,
                 _("not a Diptych annotation sidecar (no “format”)"));
  root = json_node_get_object (node);

  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL),
                 DIPTYCH_SIDECAR_FORMAT) != 0)
    return fail (error, DIPTYCH_SIDECAR_ERROR_NOT_A_SIDECAR, self->file,
                 _("not a Diptych annotation sidecar (“format” is not “%s”)"),
                 DIPTYCH_SIDECAR_FORMAT);

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 1)
    return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file,
                 _("“version” must be a whole number, 1 or more"));
  self->version = json_node_get_int (node);

  node = json_object_get_member (root, "annotations");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file,
                 _("“annotations” must be a list"));
  annotations = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (annotations); i++)
    {
      JsonNode *element = json_array_get_element (annotations, i);
      g_autoptr(DiptychAnnotation) annotation = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file,
                     _("annotation %u is not an object"), i + 1);

      annotation = diptych_annotation_new_from_json (json_node_get_object (element), &local_error);
      if (annotation == NULL)
        return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file, "%s", local_error->message);
      if (diptych_annotation_store_lookup (self->store, diptych_annotation_get_id (annotation)))
        return fail (error, DIPTYCH_SIDECAR_ERROR_CORRUPT, self->file,
                     _("two annotations have the id “%s”"), diptych_annotation_get_id (annotation));

      diptych_sidecar_place (annotation, text);
      diptych_annotation_store_add (self->store, annotation);
    }

  json_object_iter_init_ordered (&iter, root);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (g_strv_contains (known, name))
        continue;
      if (self->extra == NULL)
        self->extra = json_object_new ();
      json_object_set_member (self->extra, name, json_node_copy (node));
    }

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

  if (!g_file_load_contents (self->file, cancellable, &data, &length, &self->etag, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return g_steal_pointer (&self);
      fail (error, DIPTYCH_SIDECAR_ERROR_UNREADABLE, self->file,
            _("cannot be read (%s)"), local_error->message);
      return NULL;
    }
  self->existed = TRUE;

  if (!read_sidecar (self, text, data, length, error))
    return NULL;

  return g_steal_pointer (&self);
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

  if (self->extra != NULL)
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, self->extra);
      while (json_object_iter_next_ordered (&iter, &member, &node))
        {
          json_builder_set_member_name (builder, member);
          json_builder_add_value (builder, json_node_copy (node));
        }
    }
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

/**
 * diptych_sidecar_write_bytes:
 * @bytes: the sidecar's contents, from diptych_sidecar_to_bytes()
 *
 * Writes @bytes atomically. Refuses, leaving the file as it is, when a
 * newer version wrote it (%DIPTYCH_SIDECAR_ERROR_READ_ONLY) or when it
 * changed on disk since it was loaded or saved
 * (%DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK).
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
  g_autoptr(GError) local_error = NULL;
  g_autofree char *new_etag = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (DIPTYCH_IS_SIDECAR (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (diptych_sidecar_get_read_only (self))
    return fail (error, DIPTYCH_SIDECAR_ERROR_READ_ONLY, self->file,
                 _("written by a newer version of Diptych (format version %d); "
                   "it is open read-only so that nothing in it is lost"),
                 (int)MIN (self->version, G_MAXINT));

  /* Not there when we loaded, there now: someone else made it. */
  if (!self->existed && g_file_query_exists (self->file, cancellable))
    return fail (error, DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK, self->file,
                 _("was created by another program since the article was opened"));

  data = g_bytes_get_data (bytes, &length);
  if (!g_file_replace_contents (self->file, data, length, self->existed ? self->etag : NULL,
                                FALSE, G_FILE_CREATE_NONE, &new_etag, cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        return fail (error, DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK, self->file,
                     _("was changed on disk since it was loaded"));
      return fail (error, DIPTYCH_SIDECAR_ERROR_WRITE, self->file,
                   _("cannot be saved (%s)"), local_error->message);
    }

  g_free (self->etag);
  self->etag = g_steal_pointer (&new_etag);
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
