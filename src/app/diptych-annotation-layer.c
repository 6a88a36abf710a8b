/* diptych-annotation-layer.c: an article's annotations, shown in its buffer
 * and saved to its sidecar
 *
 * The layer loads the sidecar beside the article, tags every placed
 * annotation in the text buffer by kind, and saves after each change once
 * the user pauses (and when asked). A sidecar that could not be read, or
 * that a newer version wrote, is never written: the marks then live in
 * memory, and the state says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation-layer"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "diptych-annotation-layer.h"
#include "diptych-casualty-parser.h"

struct _DiptychAnnotationLayer
{
  GObject           parent_instance;

  GtkTextBuffer    *buffer;
  DiptychText      *text;
  DiptychSidecar   *sidecar;
  DiptychAnnotationStore *store;

  DiptychSaveState  state;
  char             *error;
  gboolean          conflict;  /* the last save failed: changed on disk */
  gboolean          unsaved;  /* changes that are not on disk */
  guint             autosave_delay;
  guint             autosave_source;
};

G_DEFINE_FINAL_TYPE (DiptychAnnotationLayer, diptych_annotation_layer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_STORE,
  PROP_AUTOSAVE_DELAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *tag_names[] = { "mark-source", "mark-claim", "mark-casualty" };

static void
set_state (DiptychAnnotationLayer *self,
           DiptychSaveState        state,
           const char             *error)
{
  self->state = state;
  g_free (self->error);
  self->error = g_strdup (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* Tags */

static void
create_tags (GtkTextBuffer *buffer)
{
  /* Each kind differs by more than colour: a thick line under sources,
   * italics on a tinted ground for claims, bold with a wavy line for
   * figures. Colours are set by update_tag_colors().
   */
  gtk_text_buffer_create_tag (buffer, tag_names[DIPTYCH_ANNOTATION_SOURCE],
                              "underline", PANGO_UNDERLINE_SINGLE_LINE,
                              "weight", PANGO_WEIGHT_SEMIBOLD,
                              NULL);
  gtk_text_buffer_create_tag (buffer, tag_names[DIPTYCH_ANNOTATION_CLAIM],
                              "style", PANGO_STYLE_ITALIC,
                              NULL);
  gtk_text_buffer_create_tag (buffer, tag_names[DIPTYCH_ANNOTATION_CASUALTY],
                              "weight", PANGO_WEIGHT_BOLD,
                              "underline", PANGO_UNDERLINE_ERROR_LINE,
                              NULL);
}

/* GNOME palette: darker shades on light backgrounds, lighter on dark. */
static void
update_tag_colors (DiptychAnnotationLayer *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA blue, yellow, red;

  gdk_rgba_parse (&blue, dark ? "#99c1f1" : "#1c71d8");
  gdk_rgba_parse (&yellow, dark ? "rgba(248,228,92,0.22)" : "rgba(229,165,10,0.28)");
  gdk_rgba_parse (&red, dark ? "#f66151" : "#c01c28");

  g_object_set (gtk_text_tag_table_lookup (table, tag_names[DIPTYCH_ANNOTATION_SOURCE]),
                "underline-rgba", &blue, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, tag_names[DIPTYCH_ANNOTATION_CLAIM]),
                "background-rgba", &yellow, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, tag_names[DIPTYCH_ANNOTATION_CASUALTY]),
                "underline-rgba", &red, NULL);
}

/* Re-tags the whole buffer. Overlapping marks of one kind share the tag,
 * so clearing and re-applying is simplest and fast enough (10,000 marks in
 * a few milliseconds).
 */
static void
retag (DiptychAnnotationLayer *self)
{
  GtkTextIter start, end;
  guint n;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  for (guint k = 0; k < G_N_ELEMENTS (tag_names); k++)
    gtk_text_buffer_remove_tag_by_name (self->buffer, tag_names[k], &start, &end);

  if (self->store == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_ORPHANED)
        continue;
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, diptych_annotation_get_start (a));
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, diptych_annotation_get_end (a));
      gtk_text_buffer_apply_tag_by_name (self->buffer, tag_names[diptych_annotation_get_kind (a)],
                                         &start, &end);
    }
}

/* Saving */

static gboolean
autosave_cb (gpointer data)
{
  DiptychAnnotationLayer *self = data;

  self->autosave_source = 0;
  diptych_annotation_layer_save (self, NULL);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (DiptychAnnotationLayer *self)
{
  retag (self);
  self->unsaved = TRUE;

  if (self->state == DIPTYCH_SAVE_STATE_BLOCKED)
    return;

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add (self->autosave_delay, autosave_cb, self);
  if (self->state != DIPTYCH_SAVE_STATE_FAILED)
    set_state (self, DIPTYCH_SAVE_STATE_PENDING, NULL);
}

/**
 * diptych_annotation_layer_save:
 *
 * Saves now, if anything changed. Nothing is lost when it fails: the
 * annotations stay in memory and the state and error say why.
 *
 * Returns: whether everything is saved
 */
gboolean
diptych_annotation_layer_save (DiptychAnnotationLayer  *self,
                               GError                 **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->state == DIPTYCH_SAVE_STATE_NONE || self->state == DIPTYCH_SAVE_STATE_SAVED)
    return TRUE;
  if (self->state == DIPTYCH_SAVE_STATE_BLOCKED)
    {
      g_set_error_literal (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_READ_ONLY, self->error);
      return FALSE;
    }

  if (!diptych_sidecar_save (self->sidecar, NULL, &local_error))
    {
      self->conflict = g_error_matches (local_error, DIPTYCH_SIDECAR_ERROR,
                                        DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK);
      set_state (self, DIPTYCH_SAVE_STATE_FAILED, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  self->unsaved = FALSE;
  self->conflict = FALSE;
  set_state (self, DIPTYCH_SAVE_STATE_SAVED, NULL);
  return TRUE;
}

/**
 * diptych_annotation_layer_has_conflict:
 *
 * Returns: whether the last save failed because someone else changed the
 *   sidecar on disk (see diptych_annotation_layer_merge_from_disk())
 */
gboolean
diptych_annotation_layer_has_conflict (DiptychAnnotationLayer *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), FALSE);
  return self->conflict;
}

/**
 * diptych_annotation_layer_merge_from_disk:
 *
 * After someone else saved the sidecar: loads it again and keeps, of each
 * annotation, the version modified last, so that neither side's work is
 * lost; annotations only in memory are added. Then saves.
 *
 * Returns: whether the merged annotations were saved
 */
gboolean
diptych_annotation_layer_merge_from_disk (DiptychAnnotationLayer  *self,
                                          GError                 **error)
{
  g_autoptr(DiptychSidecar) disk = NULL;
  g_autoptr(DiptychAnnotationStore) mine = NULL;
  DiptychAnnotationStore *theirs;
  guint n;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), FALSE);
  g_return_val_if_fail (self->text != NULL, FALSE);

  disk = diptych_sidecar_load (self->text, diptych_sidecar_get_file (self->sidecar), NULL, error);
  if (disk == NULL)
    return FALSE;

  mine = g_object_ref (self->store);
  theirs = diptych_sidecar_get_store (disk);
  n = g_list_model_get_n_items (G_LIST_MODEL (mine));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (mine), i);
      DiptychAnnotation *other = diptych_annotation_store_lookup (theirs, diptych_annotation_get_id (a));
      g_autoptr(DiptychAnnotation) copy = NULL;

      if (other != NULL &&
          g_date_time_compare (diptych_annotation_get_modified (other),
                               diptych_annotation_get_modified (a)) >= 0)
        continue;
      if (other != NULL)
        diptych_annotation_store_remove (theirs, other);
      copy = diptych_annotation_copy (a);
      diptych_annotation_store_add (theirs, copy);
    }

  /* The merged store replaces ours. */
  g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->sidecar, disk);
  g_set_object (&self->store, theirs);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  retag (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);

  self->unsaved = TRUE;
  self->conflict = FALSE;
  set_state (self, DIPTYCH_SAVE_STATE_PENDING, NULL);
  return diptych_annotation_layer_save (self, error);
}

/**
 * diptych_annotation_layer_has_unsaved_changes:
 *
 * Returns: whether some annotations changed and are not saved
 */
gboolean
diptych_annotation_layer_has_unsaved_changes (DiptychAnnotationLayer *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), FALSE);
  return self->unsaved;
}

/* Loading */

void
diptych_annotation_layer_clear (DiptychAnnotationLayer *self)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->sidecar);
  g_clear_object (&self->store);
  g_clear_object (&self->text);
  self->unsaved = FALSE;
  set_state (self, DIPTYCH_SAVE_STATE_NONE, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * diptych_annotation_layer_load:
 * @text: the article shown in the buffer, loaded from its file
 *
 * Loads the article's sidecar. When it cannot be loaded, the layer keeps
 * an empty store in memory, never writes over the file, and says why.
 */
void
diptych_annotation_layer_load (DiptychAnnotationLayer *self,
                               DiptychText            *text)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self));
  g_return_if_fail (DIPTYCH_IS_TEXT (text));

  diptych_annotation_layer_save (self, NULL);
  diptych_annotation_layer_clear (self);

  self->text = g_object_ref (text);
  self->sidecar = diptych_sidecar_load (text, NULL, NULL, &error);
  if (self->sidecar != NULL)
    {
      self->store = g_object_ref (diptych_sidecar_get_store (self->sidecar));
      if (diptych_sidecar_get_read_only (self->sidecar))
        {
          g_autofree char *name = g_file_get_parse_name (diptych_sidecar_get_file (self->sidecar));
          g_autofree char *message =
            g_strdup_printf (_("“%s” was written by a newer version of Diptych; changes will not be saved"),
                             name);

          set_state (self, DIPTYCH_SAVE_STATE_BLOCKED, message);
        }
      else
        set_state (self, DIPTYCH_SAVE_STATE_SAVED, NULL);
    }
  else
    {
      self->store = diptych_annotation_store_new (text);
      set_state (self, DIPTYCH_SAVE_STATE_BLOCKED, error->message);
    }

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  retag (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * diptych_annotation_layer_mark:
 *
 * Marks [@start, @end) as @kind, with the attributes the words suggest: a
 * source is named by its words, a casualty figure parsed.
 *
 * Returns: (transfer none) (nullable): the new annotation, or %NULL for an
 *   empty range
 */
DiptychAnnotation *
diptych_annotation_layer_mark (DiptychAnnotationLayer *self,
                               DiptychAnnotationKind   kind,
                               gsize                   start,
                               gsize                   end)
{
  g_autoptr(DiptychAnnotation) annotation = NULL;
  g_autofree char *words = NULL;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), NULL);

  if (self->store == NULL || start >= end)
    return NULL;

  annotation = diptych_annotation_new (kind, self->text, start, end);
  words = g_strdup (diptych_annotation_get_exact (annotation));

  if (kind == DIPTYCH_ANNOTATION_SOURCE)
    {
      DiptychSource source = { g_strstrip (words), DIPTYCH_SOURCE_OTHER };

      diptych_annotation_set_source (annotation, &source);
    }
  else if (kind == DIPTYCH_ANNOTATION_CASUALTY)
    {
      DiptychCasualty casualty;

      diptych_casualty_parse (words, &casualty);
      diptych_annotation_set_casualty (annotation, &casualty);
      diptych_casualty_clear (&casualty);
    }

  diptych_annotation_store_add (self->store, annotation);
  return annotation;
}

/**
 * diptych_annotation_layer_at_offset:
 *
 * Returns: (transfer none) (nullable): the innermost annotation covering
 *   @offset
 */
DiptychAnnotation *
diptych_annotation_layer_at_offset (DiptychAnnotationLayer *self,
                                    gsize                   offset)
{
  DiptychAnnotation *best = NULL;
  guint n;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), NULL);

  if (self->store == NULL)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      gsize s = diptych_annotation_get_start (a), e = diptych_annotation_get_end (a);

      if (s > offset)
        break;
      if (offset < e && diptych_annotation_get_anchor (a) != DIPTYCH_ANCHOR_ORPHANED &&
          (best == NULL || e - s < diptych_annotation_get_end (best) - diptych_annotation_get_start (best)))
        best = a;
    }
  return best;
}

DiptychAnnotationStore *
diptych_annotation_layer_get_store (DiptychAnnotationLayer *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), NULL);
  return self->store;
}

DiptychSidecar *
diptych_annotation_layer_get_sidecar (DiptychAnnotationLayer *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), NULL);
  return self->sidecar;
}

void
diptych_annotation_layer_set_autosave_delay (DiptychAnnotationLayer *self,
                                             guint                   delay_ms)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self));
  self->autosave_delay = delay_ms;
}

DiptychSaveState
diptych_annotation_layer_get_state (DiptychAnnotationLayer *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), DIPTYCH_SAVE_STATE_NONE);
  return self->state;
}

const char *
diptych_annotation_layer_get_error (DiptychAnnotationLayer *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), NULL);
  return self->error;
}

static void
diptych_annotation_layer_dispose (GObject *object)
{
  DiptychAnnotationLayer *self = (DiptychAnnotationLayer *)object;

  /* Last chance: save what is pending. */
  if (self->state == DIPTYCH_SAVE_STATE_PENDING)
    diptych_annotation_layer_save (self, NULL);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->sidecar);
  g_clear_object (&self->store);
  g_clear_object (&self->text);
  g_clear_object (&self->buffer);

  G_OBJECT_CLASS (diptych_annotation_layer_parent_class)->dispose (object);
}

static void
diptych_annotation_layer_finalize (GObject *object)
{
  g_free (DIPTYCH_ANNOTATION_LAYER (object)->error);

  G_OBJECT_CLASS (diptych_annotation_layer_parent_class)->finalize (object);
}

static void
diptych_annotation_layer_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  DiptychAnnotationLayer *self = DIPTYCH_ANNOTATION_LAYER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_AUTOSAVE_DELAY:
      g_value_set_uint (value, self->autosave_delay);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diptych_annotation_layer_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  DiptychAnnotationLayer *self = DIPTYCH_ANNOTATION_LAYER (object);

  switch (prop_id)
    {
    case PROP_AUTOSAVE_DELAY:
      diptych_annotation_layer_set_autosave_delay (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diptych_annotation_layer_class_init (DiptychAnnotationLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = diptych_annotation_layer_dispose;
  object_class->finalize = diptych_annotation_layer_finalize;
  object_class->get_property = diptych_annotation_layer_get_property;
  object_class->set_property = diptych_annotation_layer_set_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, 0, DIPTYCH_SAVE_STATE_BLOCKED, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DIPTYCH_TYPE_ANNOTATION_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTOSAVE_DELAY] =
    g_param_spec_uint ("autosave-delay", NULL, NULL, 0, G_MAXUINT, 1000,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
diptych_annotation_layer_init (DiptychAnnotationLayer *self)
{
  self->autosave_delay = 1000;
}

/**
 * diptych_annotation_layer_new:
 * @buffer: the buffer showing the article
 *
 * Returns: (transfer full): a layer with no article yet
 */
DiptychAnnotationLayer *
diptych_annotation_layer_new (GtkTextBuffer *buffer)
{
  DiptychAnnotationLayer *self;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  self = g_object_new (DIPTYCH_TYPE_ANNOTATION_LAYER, NULL);
  self->buffer = g_object_ref (buffer);
  create_tags (buffer);
  update_tag_colors (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_tag_colors), self, G_CONNECT_SWAPPED);
  return self;
}
