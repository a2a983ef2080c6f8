using System;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>
/// A minimal strong-name signed assembly with one <c>[Flow]</c> method, written with Cecil: what the
/// compiler leaves in obj/ when it signed with a key the weaving task is not given (a key container).
/// The weaver only needs FlowTest's attribute by reference, so no FlowTest assembly is involved.
/// Without a key pair it is an unsigned assembly of the same shape.
/// </summary>
internal static class SignedFlowAssembly
{
    public static void Write(string path, byte[]? keyPairBlob)
    {
        var name = new AssemblyNameDefinition("SignedFlows", new Version(1, 0, 0, 0));
        using var assembly = AssemblyDefinition.CreateAssembly(name, "SignedFlows.dll", ModuleKind.Dll);
        var module = assembly.MainModule;
        var runtime = new AssemblyNameReference("FlowTest", new Version(0, 1, 0, 0));
        module.AssemblyReferences.Add(runtime);
        var flowAttribute = new TypeReference("FlowTest", "FlowAttribute", module, runtime);
        var constructor = new MethodReference(".ctor", module.TypeSystem.Void, flowAttribute) { HasThis = true };

        var orders = new TypeDefinition("Shop", "Orders", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class, module.TypeSystem.Object);
        var submit = new MethodDefinition("Submit", MethodAttributes.Public | MethodAttributes.Static, module.TypeSystem.Void);
        submit.Body.GetILProcessor().Emit(OpCodes.Ret);
        submit.CustomAttributes.Add(new CustomAttribute(constructor));
        orders.Methods.Add(submit);
        module.Types.Add(orders);

        assembly.Write(path, new WriterParameters { StrongNameKeyBlob = keyPairBlob });
    }
}
