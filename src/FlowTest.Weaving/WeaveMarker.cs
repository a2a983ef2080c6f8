using Mono.Cecil;

namespace FlowTest.Weaving;

/// <summary>
/// The internal type <c>&lt;FlowTestWoven&gt;</c> added to every woven assembly: its presence makes a
/// second weave a no-op (incremental builds, a target run twice, a copied obj/ folder).
/// </summary>
internal static class WeaveMarker
{
    public static void Add(ModuleDefinition module)
    {
        var marker = new TypeDefinition(
            "",
            AttributeNames.WovenMarkerType,
            TypeAttributes.NotPublic | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class,
            module.TypeSystem.Object);
        module.Types.Add(marker);
    }
}
