/* diptych-annotation-sidebar.c: the marks of both articles, and an editor
 * for the selected one
 *
 * The list shows every placed mark of both articles (kind, words, key
 * attributes, side), filtered by kind and by search text; orphaned marks
 * are listed apart with their old words, to be attached to a new selection
 * or deleted. Below, the selected mark's attributes can be edited; every
 * edit goes through the mark controller, so it can be undone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation-sidebar"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "diptych-annotation-sidebar.h"

struct _DiptychAnnotationSidebar
{
  GtkWidget              parent_instance;

  DiptychPairView       *pair_view;  /* weak */
  DiptychMarkController *marks;

  GtkWidget             *box;
  GtkSearchEntry        *search;
  GtkToggleButton       *kind_buttons[3];
  GtkListBox            *list;
  GtkWidget             *empty_label;
  GtkListBox            *orphans;
  GtkWidget             *orphans_label;
  GtkWidget             *editor_frame;
  GtkWidget             *editor;

  GtkWidget             *more_label;
  guint                  n_rows;
  guint                  n_matching;
  guint                  n_orphans;
  guint                  rebuild_source;
  guint                  refresh_source;
};

G_DEFINE_FINAL_TYPE (DiptychAnnotationSidebar, diptych_annotation_sidebar, GTK_TYPE_WIDGET)

/* A list longer than this is cut: a person reads the first rows and
 * searches for the rest, and thousands of rows take seconds to build.
 */
#define MAX_LISTED 200

static const char *kind_icons[] = { "avatar-default-symbolic", "document-edit-symbolic", "emblem-important-symbolic" };

static const char *
kind_label (DiptychAnnotationKind kind)
{
  switch (kind)
    {
    case DIPTYCH_ANNOTATION_SOURCE:   return _("Source");
    case DIPTYCH_ANNOTATION_CLAIM:    return _("Claim");
    case DIPTYCH_ANNOTATION_CASUALTY: return _("Casualty figure");
    default:                          g_return_val_if_reached ("");
    }
}

static DiptychAnnotationLayer *
layer_of (DiptychAnnotationSidebar *self,
          DiptychSide               side)
{
  return diptych_text_pane_get_layer (diptych_pair_view_get_pane (self->pair_view, side));
}

static char *
describe (DiptychAnnotation *a)
{
  const DiptychCasualty *c = diptych_annotation_get_casualty (a);

  switch (diptych_annotation_get_kind (a))
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      if (c->value != DIPTYCH_NO_NUMBER)
        return g_strdup_printf ("%s · %s %" G_GINT64_FORMAT " %s", diptych_outcome_to_string (c->outcome),
                                diptych_qualifier_to_string (c->qualifier), c->value,
                                diptych_group_to_string (c->group));
      return g_strdup_printf ("%s · %s · %s", diptych_outcome_to_string (c->outcome),
                              diptych_qualifier_to_string (c->qualifier),
                              diptych_group_to_string (c->group));
    case DIPTYCH_ANNOTATION_SOURCE:
      return g_strdup_printf ("%s · %s", diptych_annotation_get_source (a)->name,
                              diptych_source_type_to_string (diptych_annotation_get_source (a)->type));
    case DIPTYCH_ANNOTATION_CLAIM:
      return g_strdup (diptych_verdict_to_string (diptych_annotation_get_claim (a)->verdict));
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
matches (DiptychAnnotationSidebar *self,
         DiptychAnnotation        *a)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_autofree char *needle = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *description = NULL;

  if (!gtk_toggle_button_get_active (self->kind_buttons[diptych_annotation_get_kind (a)]))
    return FALSE;
  if (search[0] == '\0')
    return TRUE;

  description = describe (a);
  needle = g_utf8_casefold (search, -1);
  haystack = g_utf8_casefold (diptych_annotation_get_exact (a), -1);
  if (strstr (haystack, needle))
    return TRUE;
  g_free (haystack);
  haystack = g_utf8_casefold (description, -1);
  if (strstr (haystack, needle))
    return TRUE;
  g_free (haystack);
  haystack = g_utf8_casefold (diptych_annotation_get_note (a), -1);
  return strstr (haystack, needle) != NULL;
}

static GtkWidget *
create_row (DiptychAnnotation *a,
            DiptychSide        side)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (kind_icons[diptych_annotation_get_kind (a)]);
  g_autofree char *description = describe (a);
  g_autofree char *subtitle = NULL;

  subtitle = g_strdup_printf ("%s — %s", side == DIPTYCH_SIDE_LEFT ? _("Original") : _("Copy"), description);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), diptych_annotation_get_exact (a));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_set_tooltip_text (icon, kind_label (diptych_annotation_get_kind (a)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_RELOCATED)
    {
      GtkWidget *flag = gtk_image_new_from_icon_name ("mark-location-symbolic");

      gtk_widget_set_tooltip_text (flag, _("Found again after the article changed"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), flag);
    }
  else if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_CHANGED)
    {
      GtkWidget *flag = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      g_autofree char *tooltip =
        g_strdup_printf (_("The words changed: “%s” was marked"), diptych_annotation_get_previous_exact (a));

      gtk_widget_add_css_class (flag, "warning");
      gtk_widget_set_tooltip_text (flag, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (flag), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), flag);
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "annotation", g_object_ref (a), g_object_unref);
  g_object_set_data (G_OBJECT (row), "side", GUINT_TO_POINTER (side));
  return row;
}

static void
reattach_clicked_cb (GtkButton                *button,
                     DiptychAnnotationSidebar *self)
{
  DiptychAnnotation *a = g_object_get_data (G_OBJECT (button), "annotation");
  DiptychSide side = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "side"));
  DiptychTextPane *pane = diptych_pair_view_get_pane (self->pair_view, side);
  GtkTextIter start, end;
  g_autoptr(DiptychAnnotation) edited = NULL;

  if (!gtk_text_buffer_get_selection_bounds (diptych_text_pane_get_buffer (pane), &start, &end))
    return;

  edited = diptych_annotation_copy (a);
  diptych_annotation_set_range (edited, diptych_text_pane_get_text (pane),
                                gtk_text_iter_get_offset (&start), gtk_text_iter_get_offset (&end));
  diptych_mark_controller_edit (self->marks, side, a, edited);
}

static void
delete_orphan_clicked_cb (GtkButton                *button,
                          DiptychAnnotationSidebar *self)
{
  DiptychAnnotation *a = g_object_get_data (G_OBJECT (button), "annotation");
  DiptychSide side = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "side"));

  diptych_mark_controller_select (self->marks, side, a);
  diptych_mark_controller_delete (self->marks);
}

static void
accept_clicked_cb (GtkButton                *button,
                   DiptychAnnotationSidebar *self)
{
  DiptychAnnotation *a = g_object_get_data (G_OBJECT (button), "annotation");
  DiptychSide side = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "side"));

  diptych_mark_controller_accept (self->marks, side, a);
}

static GtkWidget *
mark_button (DiptychAnnotationSidebar *self,
             const char               *label,
             DiptychAnnotation        *a,
             DiptychSide               side,
             GCallback                 callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data_full (G_OBJECT (button), "annotation", g_object_ref (a), g_object_unref);
  g_object_set_data (G_OBJECT (button), "side", GUINT_TO_POINTER (side));
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

/* The words of a changed mark, as marked and as they are now, with what
 * the annotator can do about it.
 */
static GtkWidget *
create_changed_box (DiptychAnnotationSidebar *self,
                    DiptychAnnotation        *a,
                    DiptychSide               side)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *words = gtk_grid_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *titles[] = { _("Marked"), _("Now") };
  const char *texts[] = { diptych_annotation_get_previous_exact (a), diptych_annotation_get_exact (a) };
  GtkWidget *explanation, *accept;

  explanation = gtk_label_new (_("The words of this mark changed in the article."));
  gtk_label_set_wrap (GTK_LABEL (explanation), TRUE);
  gtk_label_set_xalign (GTK_LABEL (explanation), 0);
  gtk_widget_add_css_class (explanation, "warning");
  gtk_box_append (GTK_BOX (box), explanation);

  gtk_grid_set_column_spacing (GTK_GRID (words), 12);
  gtk_grid_set_row_spacing (GTK_GRID (words), 3);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWidget *title = gtk_label_new (titles[i]);
      GtkWidget *text = gtk_label_new (texts[i] ? texts[i] : "");

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_selectable (GTK_LABEL (text), TRUE);
      gtk_widget_set_hexpand (text, TRUE);
      gtk_grid_attach (GTK_GRID (words), title, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (words), text, 1, i, 1, 1);
    }
  gtk_box_append (GTK_BOX (box), words);

  accept = mark_button (self, _("_Accept"), a, side, G_CALLBACK (accept_clicked_cb));
  gtk_widget_add_css_class (accept, "suggested-action");
  gtk_widget_set_tooltip_text (accept, _("Keep the mark on the words as they are now"));
  gtk_box_append (GTK_BOX (buttons), accept);
  gtk_box_append (GTK_BOX (buttons),
                  mark_button (self, _("_Re-attach"), a, side, G_CALLBACK (reattach_clicked_cb)));
  gtk_widget_set_tooltip_text (gtk_widget_get_last_child (buttons),
                               _("Attach to the Text Selected in Its Article"));
  gtk_box_append (GTK_BOX (buttons),
                  mark_button (self, _("_Delete"), a, side, G_CALLBACK (delete_orphan_clicked_cb)));
  gtk_box_append (GTK_BOX (box), buttons);
  return box;
}

static GtkWidget *
create_orphan_row (DiptychAnnotationSidebar *self,
                   DiptychAnnotation        *a,
                   DiptychSide               side)
{
  GtkWidget *row = create_row (a, side);
  GtkWidget *reattach = gtk_button_new_from_icon_name ("mark-location-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_tooltip_text (reattach, _("Attach to the Text Selected in Its Article"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (reattach), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Attach to the Text Selected in Its Article"), -1);
  gtk_widget_set_tooltip_text (remove, _("Delete"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete"), -1);
  for (GtkWidget *b = reattach; b != NULL; b = b == reattach ? remove : NULL)
    {
      gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (b, "flat");
      g_object_set_data_full (G_OBJECT (b), "annotation", g_object_ref (a), g_object_unref);
      g_object_set_data (G_OBJECT (b), "side", GUINT_TO_POINTER (side));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
    }
  g_signal_connect_object (reattach, "clicked", G_CALLBACK (reattach_clicked_cb), self, 0);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (delete_orphan_clicked_cb), self, 0);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The editor */

typedef struct
{
  DiptychAnnotationSidebar *self;
  DiptychAnnotation        *annotation;
  DiptychSide               side;
  const char               *field;
  GPtrArray                *ids;  /* for link drop-downs: index -> id (NULL: none) */
} Field;

static void
field_clear (gpointer data)
{
  Field *field = data;

  g_clear_object (&field->annotation);
  g_clear_pointer (&field->ids, g_ptr_array_unref);
}

/* Fields are shared by the signal handlers of their widget. */
static void
field_release (gpointer  data,
               GClosure *closure)
{
  g_rc_box_release_full (data, field_clear);
}

static char *
field_text (Field *field)
{
  DiptychAnnotation *a = field->annotation;
  const DiptychCasualty *c = diptych_annotation_get_casualty (a);
  gint64 number = DIPTYCH_NO_NUMBER;

  if (g_str_equal (field->field, "note"))
    return g_strdup (diptych_annotation_get_note (a));
  if (g_str_equal (field->field, "name"))
    return g_strdup (diptych_annotation_get_source (a)->name);
  if (g_str_equal (field->field, "raw"))
    return g_strdup (c->raw ? c->raw : "");
  if (g_str_equal (field->field, "value"))
    number = c->value;
  else if (g_str_equal (field->field, "low"))
    number = c->low;
  else if (g_str_equal (field->field, "high"))
    number = c->high;
  return number == DIPTYCH_NO_NUMBER ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, number);
}

static gint64
parse_count (const char *text)
{
  char *end = NULL;
  gint64 value;

  if (text == NULL || *text == '\0')
    return DIPTYCH_NO_NUMBER;
  value = g_ascii_strtoll (text, &end, 10);
  return end != NULL && *end == '\0' && value >= 0 ? value : DIPTYCH_NO_NUMBER;
}

/* Applies one field's new value to the annotation, undoably. */
static void
apply_field (Field      *field,
             guint       index,
             const char *text)
{
  g_autoptr(DiptychAnnotation) a = diptych_annotation_copy (field->annotation);
  DiptychCasualty casualty = *diptych_annotation_get_casualty (a);
  DiptychSource source = *diptych_annotation_get_source (a);
  DiptychClaim claim = *diptych_annotation_get_claim (a);
  const char *id = field->ids != NULL && index < field->ids->len ? g_ptr_array_index (field->ids, index) : NULL;

  if (g_str_equal (field->field, "note"))
    {
      if (g_strcmp0 (text, diptych_annotation_get_note (a)) == 0)
        return;
      diptych_annotation_set_note (a, text);
    }
  else if (diptych_annotation_get_kind (a) == DIPTYCH_ANNOTATION_CASUALTY)
    {
      if (g_str_equal (field->field, "outcome")) casualty.outcome = index;
      else if (g_str_equal (field->field, "qualifier")) casualty.qualifier = index;
      else if (g_str_equal (field->field, "group")) casualty.group = index;
      else if (g_str_equal (field->field, "raw")) casualty.raw = (char *)text;
      else if (g_str_equal (field->field, "value")) casualty.value = parse_count (text);
      else if (g_str_equal (field->field, "low")) casualty.low = parse_count (text);
      else if (g_str_equal (field->field, "high")) casualty.high = parse_count (text);
      else if (g_str_equal (field->field, "subset_of")) casualty.subset_of = (char *)id;
      else if (g_str_equal (field->field, "source")) casualty.source = (char *)id;
      diptych_annotation_set_casualty (a, &casualty);
    }
  else if (diptych_annotation_get_kind (a) == DIPTYCH_ANNOTATION_SOURCE)
    {
      if (g_str_equal (field->field, "name")) source.name = (char *)text;
      else if (g_str_equal (field->field, "type")) source.type = index;
      diptych_annotation_set_source (a, &source);
    }
  else
    {
      if (g_str_equal (field->field, "speaker")) claim.speaker = (char *)id;
      else if (g_str_equal (field->field, "verdict")) claim.verdict = index;
      diptych_annotation_set_claim (a, &claim);
    }

  diptych_mark_controller_edit (field->self->marks, field->side, field->annotation, a);
}

static void
drop_down_changed_cb (GtkDropDown *drop_down,
                      GParamSpec  *pspec,
                      Field       *field)
{
  apply_field (field, gtk_drop_down_get_selected (drop_down), NULL);
}

static void
entry_done_cb (GtkWidget *entry,
               Field     *field)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *current = field_text (field);

  /* Leaving an entry that was not edited is not an edit. */
  if (g_strcmp0 (text, current) != 0)
    apply_field (field, 0, text);
}

static void
entry_focus_leave_cb (GtkEventControllerFocus *controller,
                      Field                   *field)
{
  entry_done_cb (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)), field);
}

static void
add_field_row (GtkGrid    *grid,
               int         row,
               const char *label,
               GtkWidget  *widget)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), widget);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, widget, 1, row, 1, 1);
}

static Field *
new_field (DiptychAnnotationSidebar *self,
           DiptychAnnotation        *a,
           DiptychSide               side,
           const char               *name)
{
  Field *field = g_rc_box_new0 (Field);

  field->self = self;
  field->annotation = g_object_ref (a);
  field->side = side;
  field->field = name;
  return field;
}

static void
add_choice (DiptychAnnotationSidebar *self,
            GtkGrid                  *grid,
            int                       row,
            const char               *label,
            DiptychAnnotation        *a,
            DiptychSide               side,
            const char               *name,
            const char * const       *choices,
            guint                     selected)
{
  GtkWidget *drop_down = gtk_drop_down_new_from_strings (choices);
  Field *field = new_field (self, a, side, name);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), selected);
  g_signal_connect_data (drop_down, "notify::selected", G_CALLBACK (drop_down_changed_cb), field,
                         field_release, 0);
  add_field_row (grid, row, label, drop_down);
}

static void
add_text (DiptychAnnotationSidebar *self,
          GtkGrid                  *grid,
          int                       row,
          const char               *label,
          DiptychAnnotation        *a,
          DiptychSide               side,
          const char               *name,
          const char               *value)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  Field *field = new_field (self, a, side, name);

  gtk_editable_set_text (GTK_EDITABLE (entry), value ? value : "");
  g_signal_connect_data (entry, "activate", G_CALLBACK (entry_done_cb), field,
                         field_release, 0);
  g_signal_connect_data (focus, "leave", G_CALLBACK (entry_focus_leave_cb),
                         g_rc_box_acquire (field), field_release, 0);
  gtk_widget_add_controller (entry, focus);
  add_field_row (grid, row, label, entry);
}

static void
add_count (DiptychAnnotationSidebar *self,
           GtkGrid                  *grid,
           int                       row,
           const char               *label,
           DiptychAnnotation        *a,
           DiptychSide               side,
           const char               *name,
           gint64                    value)
{
  g_autofree char *text = value == DIPTYCH_NO_NUMBER ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, value);

  add_text (self, grid, row, label, a, side, name, text);
}

/* A choice among the article's annotations of @kind, or none. */
static void
add_link (DiptychAnnotationSidebar *self,
          GtkGrid                  *grid,
          int                       row,
          const char               *label,
          DiptychAnnotation        *a,
          DiptychSide               side,
          const char               *name,
          DiptychAnnotationKind     kind,
          const char               *current)
{
  DiptychAnnotationStore *store = diptych_annotation_layer_get_store (layer_of (self, side));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *drop_down;
  Field *field;
  guint selected = 0;

  g_ptr_array_add (labels, g_strdup (_("None")));
  g_ptr_array_add (ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(DiptychAnnotation) other = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (other == a || diptych_annotation_get_kind (other) != kind)
        continue;
      if (g_strcmp0 (current, diptych_annotation_get_id (other)) == 0)
        selected = ids->len;
      g_ptr_array_add (labels, g_strdup (kind == DIPTYCH_ANNOTATION_SOURCE &&
                                         diptych_annotation_get_source (other)->name[0]
                                         ? diptych_annotation_get_source (other)->name
                                         : diptych_annotation_get_exact (other)));
      g_ptr_array_add (ids, g_strdup (diptych_annotation_get_id (other)));
    }
  g_ptr_array_add (labels, NULL);

  drop_down = gtk_drop_down_new_from_strings ((const char * const *)labels->pdata);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), selected);
  field = new_field (self, a, side, name);
  field->ids = ids;
  g_signal_connect_data (drop_down, "notify::selected", G_CALLBACK (drop_down_changed_cb), field,
                         field_release, 0);
  add_field_row (grid, row, label, drop_down);
}

static void
rebuild_editor (DiptychAnnotationSidebar *self)
{
  static const char * const outcomes[] = { N_("killed"), N_("injured"), N_("missing"), N_("detained"), N_("displaced"), NULL };
  static const char * const qualifiers[] = { N_("exact"), N_("about"), N_("at least"), N_("at most"), N_("range"), N_("vague"), NULL };
  static const char * const groups[] = { N_("people"), N_("civilians"), N_("children"), N_("women"), N_("men"), N_("fighters"), N_("soldiers"), N_("other"), NULL };
  static const char * const types[] = { N_("official"), N_("military"), N_("NGO"), N_("media"), N_("witness"), N_("anonymous"), N_("other"), NULL };
  static const char * const verdicts[] = { N_("unverified"), N_("supported"), N_("disputed"), N_("false"), NULL };
  const char *translated[9];
  DiptychAnnotation *a;
  DiptychSide side;
  GtkWidget *grid, *heading;
  const DiptychCasualty *c;
  int row = 0;

#define TRANSLATE(list) \
  (({ guint i_; for (i_ = 0; list[i_] != NULL; i_++) translated[i_] = _(list[i_]); translated[i_] = NULL; }), translated)

  if (self->editor != NULL)
    gtk_box_remove (GTK_BOX (self->editor_frame), self->editor);
  self->editor = NULL;

  a = diptych_mark_controller_get_selected (self->marks, &side);
  gtk_widget_set_visible (self->editor_frame, a != NULL);
  if (a == NULL)
    return;

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  heading = gtk_label_new (kind_label (diptych_annotation_get_kind (a)));
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_grid_attach (GTK_GRID (grid), heading, 0, row++, 2, 1);
  if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_CHANGED)
    gtk_grid_attach (GTK_GRID (grid), create_changed_box (self, a, side), 0, row++, 2, 1);

  switch (diptych_annotation_get_kind (a))
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      c = diptych_annotation_get_casualty (a);
      add_choice (self, GTK_GRID (grid), row++, _("_Outcome"), a, side, "outcome", TRANSLATE (outcomes), c->outcome);
      add_text (self, GTK_GRID (grid), row++, _("_Words"), a, side, "raw", c->raw);
      add_count (self, GTK_GRID (grid), row++, _("_Number"), a, side, "value", c->value);
      add_count (self, GTK_GRID (grid), row++, _("_Low"), a, side, "low", c->low);
      add_count (self, GTK_GRID (grid), row++, _("_High"), a, side, "high", c->high);
      add_choice (self, GTK_GRID (grid), row++, _("_Qualifier"), a, side, "qualifier", TRANSLATE (qualifiers), c->qualifier);
      add_choice (self, GTK_GRID (grid), row++, _("_Group"), a, side, "group", TRANSLATE (groups), c->group);
      add_link (self, GTK_GRID (grid), row++, _("_Part of"), a, side, "subset_of", DIPTYCH_ANNOTATION_CASUALTY, c->subset_of);
      add_link (self, GTK_GRID (grid), row++, _("_Source"), a, side, "source", DIPTYCH_ANNOTATION_SOURCE, c->source);
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      add_text (self, GTK_GRID (grid), row++, _("_Name"), a, side, "name", diptych_annotation_get_source (a)->name);
      add_choice (self, GTK_GRID (grid), row++, _("_Type"), a, side, "type", TRANSLATE (types),
                  diptych_annotation_get_source (a)->type);
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      add_link (self, GTK_GRID (grid), row++, _("_Speaker"), a, side, "speaker", DIPTYCH_ANNOTATION_SOURCE,
                diptych_annotation_get_claim (a)->speaker);
      add_choice (self, GTK_GRID (grid), row++, _("_Verdict"), a, side, "verdict", TRANSLATE (verdicts),
                  diptych_annotation_get_claim (a)->verdict);
      break;
    default:
      g_assert_not_reached ();
    }
  add_text (self, GTK_GRID (grid), row++, _("No_te"), a, side, "note", diptych_annotation_get_note (a));
#undef TRANSLATE

  self->editor = grid;
  gtk_box_append (GTK_BOX (self->editor_frame), grid);
}

/**
 * diptych_annotation_sidebar_refresh:
 *
 * Lists the marks again, as they are now.
 */
void
diptych_annotation_sidebar_refresh (DiptychAnnotationSidebar *self)
{
  DiptychAnnotation *selected;

  g_return_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->pair_view == NULL)
    return;

  clear_list (self->list);
  clear_list (self->orphans);
  self->n_rows = self->n_orphans = self->n_matching = 0;
  selected = diptych_mark_controller_get_selected (self->marks, NULL);

  for (guint side = 0; side < 2; side++)
    {
      DiptychAnnotationStore *store = diptych_annotation_layer_get_store (layer_of (self, side));
      guint n;

      if (store == NULL)
        continue;
      n = g_list_model_get_n_items (G_LIST_MODEL (store));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);

          if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_ORPHANED)
            {
              gtk_list_box_append (self->orphans, create_orphan_row (self, a, side));
              self->n_orphans++;
            }
          else if (matches (self, a) && self->n_matching++ < MAX_LISTED)
            {
              GtkWidget *row = create_row (a, side);

              gtk_list_box_append (self->list, row);
              if (a == selected)
                gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
              self->n_rows++;
            }
        }
    }

  if (self->n_matching > self->n_rows)
    {
      guint more = self->n_matching - self->n_rows;
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u more annotation: search or filter to find it",
                                      "%u more annotations: search or filter to find them", more),
                         more);

      gtk_label_set_label (GTK_LABEL (self->more_label), text);
    }
  gtk_widget_set_visible (self->more_label, self->n_matching > self->n_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->list), self->n_rows > 0);
  gtk_widget_set_visible (self->empty_label, self->n_rows == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->orphans), self->n_orphans > 0);
  gtk_widget_set_visible (self->orphans_label, self->n_orphans > 0);
}

static void
row_activated_cb (DiptychAnnotationSidebar *self,
                  GtkListBoxRow            *row)
{
  DiptychAnnotation *a = g_object_get_data (G_OBJECT (row), "annotation");
  DiptychSide side = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "side"));
  DiptychTextPane *pane = diptych_pair_view_get_pane (self->pair_view, side);
  GtkTextBuffer *buffer = diptych_text_pane_get_buffer (pane);
  GtkTextIter iter;

  diptych_mark_controller_select (self->marks, side, a);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, diptych_annotation_get_start (a));
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (diptych_text_pane_get_view (pane)), &iter,
                                0.2, TRUE, 0, 0.3);
}

static gboolean
rebuild_editor_idle (gpointer data)
{
  DiptychAnnotationSidebar *self = data;

  self->rebuild_source = 0;
  rebuild_editor (self);
  return G_SOURCE_REMOVE;
}

/* Not at once: the change may come from a widget of the editor itself,
 * still in its signal handler.
 */
static void
selection_changed_cb (DiptychAnnotationSidebar *self)
{
  DiptychAnnotation *selected = diptych_mark_controller_get_selected (self->marks, NULL);
  GtkListBoxRow *row;

  gtk_list_box_unselect_all (self->list);
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (g_object_get_data (G_OBJECT (row), "annotation") == (gpointer)selected)
      gtk_list_box_select_row (self->list, row);

  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_editor_idle, self);
}

static gboolean
refresh_idle (gpointer data)
{
  DiptychAnnotationSidebar *self = data;

  self->refresh_source = 0;
  diptych_annotation_sidebar_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (loading, undoing): list once, after the text
 * has been painted.
 */
static void
store_changed_cb (DiptychAnnotationSidebar *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle, self);
}

static void
watch_store_cb (DiptychAnnotationSidebar *self,
                GParamSpec               *pspec,
                DiptychAnnotationLayer   *layer)
{
  DiptychAnnotationStore *store = diptych_annotation_layer_get_store (layer);

  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  store_changed_cb (self);
}

static void
diptych_annotation_sidebar_dispose (GObject *object)
{
  DiptychAnnotationSidebar *self = (DiptychAnnotationSidebar *)object;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->marks);
  g_clear_weak_pointer (&self->pair_view);

  G_OBJECT_CLASS (diptych_annotation_sidebar_parent_class)->dispose (object);
}

static void
diptych_annotation_sidebar_class_init (DiptychAnnotationSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diptych_annotation_sidebar_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationsidebar");
}

static GtkWidget *
section_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
diptych_annotation_sidebar_init (DiptychAnnotationSidebar *self)
{
  const char *kind_tooltips[] = { N_("Show Sources"), N_("Show Claims"), N_("Show Casualty Figures") };
  GtkWidget *scroller, *content, *filters, *header;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_size_request (GTK_WIDGET (self), 300, -1);

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_box_append (GTK_BOX (self->box), header);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search annotations"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search annotations"), -1);
  g_signal_connect_object (self->search, "search-changed", G_CALLBACK (diptych_annotation_sidebar_refresh),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->search));

  filters = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (filters, "linked");
  gtk_widget_set_halign (filters, GTK_ALIGN_CENTER);
  for (guint k = 0; k < 3; k++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *content_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      gtk_box_append (GTK_BOX (content_box), gtk_image_new_from_icon_name (kind_icons[k]));
      gtk_box_append (GTK_BOX (content_box), gtk_label_new (kind_label (k)));
      gtk_button_set_child (GTK_BUTTON (button), content_box);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
      gtk_widget_set_tooltip_text (button, _(kind_tooltips[k]));
      g_signal_connect_object (button, "toggled", G_CALLBACK (diptych_annotation_sidebar_refresh),
                               self, G_CONNECT_SWAPPED);
      self->kind_buttons[k] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (GTK_BOX (filters), button);
    }
  gtk_box_append (GTK_BOX (header), filters);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_bottom (content, 12);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Annotations"), -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->list));

  self->more_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->more_label), TRUE);
  gtk_widget_add_css_class (self->more_label, "dim-label");
  gtk_box_append (GTK_BOX (content), self->more_label);

  self->empty_label = gtk_label_new (_("Select text in an article and press S for a source, "
                                       "C for a claim or K for a casualty figure."));
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_box_append (GTK_BOX (content), self->empty_label);

  self->orphans_label = section_label (_("Not Found in the Article"));
  gtk_box_append (GTK_BOX (content), self->orphans_label);
  self->orphans = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->orphans, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->orphans), "boxed-list");
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->orphans));

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), content);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), scroller);

  self->editor_frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (self->editor_frame, "annotation-editor");
  gtk_widget_set_margin_start (self->editor_frame, 12);
  gtk_widget_set_margin_end (self->editor_frame, 12);
  gtk_widget_set_margin_top (self->editor_frame, 12);
  gtk_widget_set_margin_bottom (self->editor_frame, 12);
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self->box), self->editor_frame);
}

GtkWidget *
diptych_annotation_sidebar_new (DiptychPairView       *pair_view,
                                DiptychMarkController *marks)
{
  DiptychAnnotationSidebar *self = g_object_new (DIPTYCH_TYPE_ANNOTATION_SIDEBAR, NULL);

  g_set_weak_pointer (&self->pair_view, pair_view);
  self->marks = g_object_ref (marks);
  g_signal_connect_object (marks, "changed", G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  for (guint side = 0; side < 2; side++)
    g_signal_connect_object (layer_of (self, side), "notify::store", G_CALLBACK (watch_store_cb), self,
                             G_CONNECT_SWAPPED);
  diptych_annotation_sidebar_refresh (self);
  rebuild_editor (self);
  return GTK_WIDGET (self);
}

guint
diptych_annotation_sidebar_get_n_rows (DiptychAnnotationSidebar *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self), 0);

  /* Up to date, even with a refresh pending. */
  if (self->refresh_source != 0)
    diptych_annotation_sidebar_refresh (self);
  return self->n_rows;
}

guint
diptych_annotation_sidebar_get_n_orphans (DiptychAnnotationSidebar *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self), 0);

  if (self->refresh_source != 0)
    diptych_annotation_sidebar_refresh (self);
  return self->n_orphans;
}

void
diptych_annotation_sidebar_set_search (DiptychAnnotationSidebar *self,
                                       const char               *search)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search), search);
  diptych_annotation_sidebar_refresh (self);
}

/**
 * diptych_annotation_sidebar_activate_row:
 *
 * Does what clicking the @index-th row does.
 */
void
diptych_annotation_sidebar_activate_row (DiptychAnnotationSidebar *self,
                                         guint                     index)
{
  GtkListBoxRow *row;

  g_return_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self));

  if (self->refresh_source != 0)
    diptych_annotation_sidebar_refresh (self);
  row = gtk_list_box_get_row_at_index (self->list, index);
  if (row != NULL)
    row_activated_cb (self, row);
}
